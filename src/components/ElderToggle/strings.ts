/** Texts of the elder-mode toggle: the label names the mode a tap switches TO. */
export const ELDER_STRINGS = {
  toElder: '长辈模式',
  toStandard: '标准模式',
} as const;
