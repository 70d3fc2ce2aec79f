/** Every user-facing text of 管理员 (admin subpackage). */
export const STRINGS = {
  title: '管理员',
  intro: '本辖区的管理员。您可以撤销下级地区管理员的权限（不能撤销本级或上级），每次撤销都记入操作日志。',
  self: '（本人）',
  revoke: '撤销',
  confirmTitle: '撤销管理员',
  confirm: (label: string, region: string) =>
    `确定撤销 ${label}（${region}）的管理员权限吗？对方将不能再查看和管理本辖区数据。`,
  revoked: '已撤销',
  empty: '本辖区还没有其他管理员',
  loadError: '管理员列表加载失败',
  loadErrorHint: '请检查网络后重试',
  needAdmin: '请使用管理员身份登录',
  networkError: '网络不给力，请稍后再试',
} as const;
