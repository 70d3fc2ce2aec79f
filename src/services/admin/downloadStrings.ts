/** User-facing texts of saving an exported file on weapp. */
export const DOWNLOAD_STRINGS = {
  savedTitle: '已导出',
  shareHint: '文件已保存在微信里。转发给“文件传输助手”，即可在电脑上用Excel打开。',
  share: '转发',
  later: '稍后',
  shareFailed: '转发失败，请重试',
  downloadFailed: '文件下载失败，请检查网络后重试',
  openFailed: '无法打开这个文件，请转发到电脑上查看',
  openSheet: '打开Excel表格',
  shareCsv: '转发CSV文件（发到电脑）',
} as const;
