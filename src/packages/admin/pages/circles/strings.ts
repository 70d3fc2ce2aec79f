/** Every user-facing text of the coverage page (服务圈覆盖). */
export const STRINGS = {
  title: '服务圈覆盖',
  window: '圈外扫码统计范围',
  days: (n: number) => (n === 365 ? '近一年' : `近${n}天`),
  total: '村（社区）',
  covered: '500米内有先锋岗',
  uncovered: '未覆盖',
  uncoveredList: '未覆盖的村',
  overlapList: '重叠较多的先锋岗',
  clusterList: '圈外扫码聚集',
  clusterHint: '这些扫码发生在所有先锋岗的500米服务圈之外，说明附近可能缺少先锋岗',
  none: '没有',
  allCovered: '所有村都在500米服务圈内',
  cols: {
    village: '村（社区）',
    township: '乡镇',
    nearest: '最近先锋岗',
    pair: '先锋岗',
    distance: '距离',
    overlap: '重叠',
    scans: '扫码',
    suggested: '建议位置',
  },
  metres: (m: number) => (m < 1000 ? `${Math.round(m)}米` : `${(m / 1000).toFixed(1)}公里`),
  farAway: '5公里内无',
  pct: (p: number) => `${Math.round(p)}%`,
  pair: (a: string, b: string) => `${a} ↔ ${b}`,
  latLng: (lat: number, lng: number) => `${lat.toFixed(5)},${lng.toFixed(5)}`,
  scansCount: (n: number) => `${n}次`,
  create: '在此新增先锋岗',
  more: (shown: number, total: number) => `共 ${total} 条，此处列出前 ${shown} 条，全部请导出CSV`,
  legend: { post: '先锋岗及500米服务圈', village: '未覆盖的村', suggest: '建议新增位置' },
  markerVillage: (name: string) => `未覆盖：${name}`,
  markerSuggest: (n: number) => `建议新增（${n}次扫码）`,
  plotCaption: '示意图：按经纬度比例绘制，非精确地图',
  plotGrouped: '示意图：先锋岗较多，按方格合并显示，颜色越深先锋岗越多；选择县区或乡镇可看到每个服务圈',
  markerCell: (n: number) => `此处${n}个先锋岗`,
  needAdmin: '请使用管理员身份登录',
  forbidden: '无权限查看',
  networkError: '网络不给力',
} as const;

/** How many items of each list the page shows; the export has them all. */
export const LIST_MAX = 20;

/** The windows of out-of-circle scans an admin can pick, in days. */
export const DAY_CHOICES = [30, 90, 365] as const;
