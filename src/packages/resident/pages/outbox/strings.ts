/** Every user-facing text of 消息 (the caller's notifications). */
export const STRINGS = {
  title: '消息',
  unread: '未读',
  readAll: '全部已读',
  unreadCount: (n: number) => `${n}条未读`,
  allRead: '全部已读',
  empty: '还没有消息',
  emptyHint: '诉求有了答复或进展，会在这里告诉您',
  loadError: '网络不给力',
  loadErrorHint: '请检查网络后点重试',
  failed: '操作失败，请稍后再试',
} as const;
