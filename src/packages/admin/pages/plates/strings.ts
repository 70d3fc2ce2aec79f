/** Every user-facing text of 打印二维码牌 (admin subpackage). */
import { placeLine } from '~/src/components/placeLine';

export const STRINGS = {
  plateTitle: '公共法律服务先锋岗',
  count: (n: number) => `共${n}块二维码牌`,
  print: '打印',
  printHint: '每张A4纸6块；打印时请选择A4纸、缩放100%、不加页眉页脚。',
  weappNote: '点“生成PDF”，可在微信中打开，转发到电脑打印，或在电脑版微信中直接打印',
  pdf: '生成PDF',
  pdfDownload: '下载PDF',
  pdfPart: (k: number, from: number, to: number) => `生成PDF（第${k}份：第${from}–${to}块）`,
  pdfMaking: '正在生成PDF…',
  withoutCode: (n: number) => `${n}块牌的二维码暂未生成，PDF中已注明；稍后可重新生成`,
  save: '保存二维码',
  slogan: (s: string) => `「${s}」`,
  where: (township: string, village: string) => placeLine(township, village),
  nothing: '请从岗位管理选择先锋岗或乡镇后再打印',
  empty: '没有可打印的二维码牌',
  loading: '正在生成二维码牌…',
} as const;
