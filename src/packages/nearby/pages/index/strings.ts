/** Every text of the nearby page (附近的先锋岗). */
export const STRINGS = {
  title: '附近的先锋岗',
  locating: '正在查找您的位置…',
  /** Behind the consent sheet: nothing is being located until 同意. */
  awaitingConsent: '您同意后，才会用您现在的位置查找附近的先锋岗；不同意也可以按乡镇查找',
  loading: '正在查找先锋岗…',
  inCircle: '在服务圈内',
  within: (n: number) => `您在 ${n} 个先锋岗的500米服务圈内`,
  noneWithin: '附近500米内没有先锋岗，下面是离您最近的',
  beyond: '离您最近的先锋岗',
  inTownship: (name: string) => `${name}的先锋岗`,
  distance: (m: number) =>
    m < 1000 ? `约${Math.max(10, Math.round(m / 10) * 10)}米` : `约${(m / 1000).toFixed(1)}公里`,
  enter: '进入',
  navigate: '导航',
  copy: '复制地址',
  copied: '地址已复制',
  chooseCounty: '请选择您所在的县（市、区）',
  chooseTownship: '请选择乡镇（街道）',
  back: '返回上一步',
  noLocation: '没有用到您的位置，请按地区选择',
  noLocationShort: '请按地区选择',
  useLocation: '用我的位置查找',
  empty: '这里还没有先锋岗',
  error: '没查到，请稍后再试',
  plot: '位置示意（红点为先锋岗，圆圈为500米服务圈）',
  you: '您',
} as const;
