/** Every user-facing text of the home page (首页). */
export const STRINGS = {
  title: '先锋岗',
  intro: '公共法律服务先锋岗',
  scan: '扫一扫',
  scanHint: '扫描先锋岗牌子上的二维码',
  notOurCode: '不是先锋岗二维码',
  scanUnavailable: '请用微信扫一扫',
  recent: '最近访问',
  noRecent: '还没有访问过先锋岗',
  stats: '扫码统计',
  demo: '演示身份',
  demoSamples: '示例先锋岗',
  switched: (label: string) => `已切换为${label}`,
  switchFailed: '切换失败',
  current: '当前',
  nearby: '找附近的先锋岗',
  privacy: '隐私说明',
} as const;
