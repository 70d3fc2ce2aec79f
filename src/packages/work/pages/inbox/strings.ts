/** Every user-facing text of the inbox (工作台). */
import { placeLine } from '~/src/components/placeLine';

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
  place: (post: string, village: string) => placeLine(post, village),
  otherKinds: '咨询与法律援助',
  group: (label: string, n: number) => `${label}（${n}件）`,
  subscribeTitle: '开启微信提醒',
  subscribeHint: '有新的群众诉求、答复快到期或已超时时，微信会通知您。',
  subscribeButton: '开启提醒',
  subscribedHint: '微信提醒已开启。每同意一次可收到一条提醒，常点“续订”不漏消息。',
  subscribeAgain: '续订提醒',
  subscribeFailed: '暂时无法开启微信提醒，消息里仍能看到全部通知',
} as const;
