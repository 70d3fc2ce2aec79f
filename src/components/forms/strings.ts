/** User-facing texts of the form kit, in one place. */
export const FORM_STRINGS = {
  checked: '☑',
  unchecked: '☐',
  count: (n: number, max: number) => `${n}/${max}`,
  overBy: (n: number) => `已超出${n}个字，请删减后再提交`,
  saving: '正在提交…',
} as const;
