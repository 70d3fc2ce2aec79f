/** User-facing texts of the shared components, in one place. */
export const COMPONENT_STRINGS = {
  call: '拨打电话',
  retry: '重试',
  forbidden: '无权查看',
  unavailable: '暂时无法查看',
  loading: '正在加载…',
  hours: '服务时间：',
  distance: (m: number) =>
    m < 1000 ? `约${Math.max(10, Math.round(m / 10) * 10)}米` : `约${(m / 1000).toFixed(1)}公里`,
  stars: (n: number) => `${n}星级`,
  copy: '复制号码',
  copied: '号码已复制',
  navigate: '导航',
  steps: '调解进度',
  timeline: '办理记录',
} as const;
