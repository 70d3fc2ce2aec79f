/** Every user-facing text of 首位管理员绑定. */
export const STRINGS = {
  intro: '首位管理员请输入部署时设置的管理员口令。绑定后即成为市级管理员，之后的管理员和工作人员都通过邀请码绑定。',
  secret: '管理员口令',
  secretHint: '部署时设置的口令',
  name: '您的姓名',
  nameHint: '2至20个字',
  empty: '请填写口令和姓名',
  bind: '绑定为管理员',
  binding: '正在绑定…',
  done: '绑定成功，您已是市级管理员',
  toDashboard: '打开统计看板',
} as const;
