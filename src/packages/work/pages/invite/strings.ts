/** Every user-facing text of 接受邀请. */
export const STRINGS = {
  intro: '请输入管理员发给您的12位邀请码，绑定后即可在工作台办理群众诉求',
  code: '邀请码',
  codeHint: '12位字母或数字',
  badCode: '邀请码应为12位字母或数字',
  bind: '绑定',
  roles: { volunteer: '法律明白人', mediator: '调解员', staff: '工作人员', admin: '管理员' },
  done: (name: string, role: string, where: string) => `${name}，您已绑定为${where ? `${where}的` : ''}${role}`,
  doneHint: '群众的诉求会出现在工作台，请及时答复',
  toInbox: '进入工作台',
  toDashboard: '打开统计看板',
  doneAdminHint: '您可以查看负责区域的扫码统计，管理先锋岗和人员',
  firstAdmin: '首位管理员？使用管理员口令绑定',
} as const;
