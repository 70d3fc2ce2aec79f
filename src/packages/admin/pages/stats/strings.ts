/** Every user-facing text of the admin statistics page (扫码统计). */
export const STRINGS = {
  title: '扫码统计',
  scope: '我的管辖范围',
  post: '单个先锋岗',
  todayCount: '今日扫码',
  todayUnique: '今日访客',
  times: '次',
  people: '人',
  last7: '近7天扫码',
  // The sum of the days shown above, not of all time: the label says which days.
  total: (days: number, n: number) => `近${days}天共扫码 ${n} 次`,
  postIdPlaceholder: '输入岗位编号',
  query: '查询',
  pickPost: '请选择或输入岗位编号',
  badPostId: '岗位编号格式不正确',
  needAdmin: '请使用管理员身份登录',
  forbidden: '无权限',
  networkError: '网络不给力',
  invite: '邀请工作人员',
  settings: '答复时限',
} as const;
