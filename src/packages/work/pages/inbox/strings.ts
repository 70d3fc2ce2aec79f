/** Every user-facing text of the inbox (工作台). */
export const STRINGS = {
  title: '工作台',
  profile: '我的资料',
  templates: '答复模板',
  kindFilter: '诉求类型',
  empty: {
    todo: '暂时没有待处理的诉求',
    done: '还没有处理过的诉求',
    all: '还没有诉求',
  },
  emptyHint: '下拉可以刷新',
  todoBadge: (n: number) => `${n}`,
  requester: (name: string) => `提交人：${name}`,
  place: (post: string, village: string) => (village ? `${post} · ${village}` : post),
  otherKinds: '咨询与法律援助',
  group: (label: string, n: number) => `${label}（${n}件）`,
} as const;
