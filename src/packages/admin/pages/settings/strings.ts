/** Every user-facing text of 答复时限 (admin subpackage). */
export const STRINGS = {
  title: '答复时限',
  promise: '咨询答复时限',
  explain: '群众提出咨询后，法律明白人须在此时限内答复；逾期未答复的，自动转交所在乡镇司法所。',
  hours: (n: number) => `${n} 小时`,
  minus: '－',
  plus: '＋',
  range: '可设置 2 至 72 小时',
  save: '保存',
  saving: '正在保存…',
  saved: '已保存',
  cityOnly: '只有市司法局（市级管理员）可以修改答复时限',
  needAdmin: '请使用管理员身份登录',
  loadError: '网络不给力',
  loadErrorHint: '请检查网络后点重试',
  networkError: '网络不给力，请稍后再试',
} as const;
