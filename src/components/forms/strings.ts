/** User-facing texts of the form kit, in one place. */
export const FORM_STRINGS = {
  checked: '☑',
  unchecked: '☐',
  count: (n: number, max: number) => `${n}/${max}`,
  /** Said with the limit first: "已超出200个字" beside 700/500 was read as a limit of 200. */
  overBy: (over: number, max: number) => `最多${max}个字，现在多了${over}个字，请删减后再提交`,
  saving: '正在提交…',
} as const;
