/** Every user-facing text of 我的诉求. */
export const STRINGS = {
  title: '我的诉求',
  empty: '还没有提交过诉求',
  emptyHint: '在先锋岗页面可以咨询、申请调解或法律援助',
  loadError: '网络不给力',
  loadErrorHint: '请检查网络后点重试',
  deleteAll: '删除我的数据',
  confirmTitle: '删除我的数据',
  confirmText: '将删除您提交的全部诉求，以及本机保存的草稿、浏览记录和没发出的扫码记录，删除后不能恢复。确定删除吗？',
  confirmOk: '删除',
  cancel: '取消',
  deleted: '已删除',
} as const;
