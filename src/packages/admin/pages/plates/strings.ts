/** Every user-facing text of 打印二维码牌 (admin subpackage). */
export const STRINGS = {
  plateTitle: '公共法律服务先锋岗',
  count: (n: number) => `共${n}块二维码牌`,
  print: '打印',
  printHint: '每张A4纸6块；打印时请选择A4纸、缩放100%、不加页眉页脚。',
  weappNote: '请在电脑浏览器打开本页打印',
  save: '保存二维码',
  slogan: (s: string) => `「${s}」`,
  where: (township: string, village: string) => [township, village].filter(Boolean).join(' · '),
  nothing: '请从岗位管理选择先锋岗或乡镇后再打印',
  empty: '没有可打印的二维码牌',
  loading: '正在生成二维码牌…',
} as const;
