/** Every user-facing text of 审计日志 (admin subpackage). */
export const STRINGS = {
  title: '审计日志',
  intro:
    '查看完整身份证号和电话、查看证明材料、法律援助和调解的决定、管理员和工作人员的变更，每一次都记录在这里，至少保存6个月。仅市级管理员可查看。',
  all: '全部',
  from: '开始日期',
  to: '结束日期',
  pickDay: '不限',
  clear: '清除日期',
  who: '操作人',
  record: '对象',
  detail: '说明',
  more: '加载更多',
  loadingMore: '正在加载…',
  end: '没有更早的记录了',
  empty: '这段时间没有记录',
  loadError: '审计日志加载失败',
  loadErrorHint: '请检查网络后重试',
} as const;
