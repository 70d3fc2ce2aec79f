/** User-facing texts of saving 我的数据 on WeChat. */
export const MY_DATA_STRINGS = {
  readyTitle: '数据文件已生成',
  readyHint: '文件只发给您自己。转发给“文件传输助手”，即可在电脑上查看或保存。',
  share: '转发',
  later: '稍后',
  noFile: '数据文件生成失败，请重试',
} as const;
