/** User-facing texts of saving an exported file on weapp. */
export const DOWNLOAD_STRINGS = {
  savedTitle: '已导出',
  shareHint: '文件已保存在微信里。转发给“文件传输助手”，即可在电脑上用Excel打开。',
  share: '转发',
  later: '稍后',
  shareFailed: '转发失败，请重试',
} as const;
