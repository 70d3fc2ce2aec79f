/**
 * The production pusher: a WeChat subscribe message (订阅消息, `subscribeMessage.send`) per notice. The resident
 * subscribed when they submitted (`requestSubscribeMessage`); the templates are chosen in the WeChat console and
 * their ids set in the function's environment:
 *   SUBSCRIBE_TMPL_ANSWER   — answers and decisions (kind 'answer')
 *   SUBSCRIBE_TMPL_PROGRESS — progress, reminders and new assignments ('progress', 'reminder', 'assigned')
 * Both templates use the keys thing1 (事项: the notice's title), thing2 (内容: its body) and time3 (时间), so the
 * template picked in the console must have these three. A kind without a template id is skipped silently; a
 * refused send (43101: the user did not subscribe, or used up their one-time subscription) is logged and
 * swallowed: the outbox already holds the notice.
 */
import type { NoticeKind, Pusher } from '../domain/context';
import type { NoticeRow } from '../store/port';

/** The part of wx-server-sdk's openapi the pusher uses. */
export interface SubscribeMessageApi {
  send(args: {
    touser: string;
    templateId: string;
    page?: string;
    data: Record<string, { value: string }>;
    miniprogramState?: 'developer' | 'trial' | 'formal';
  }): Promise<unknown>;
}

/** WeChat rejects a `thing` value longer than 20 characters (47003). */
export const THING_MAX = 20;
const CST_OFFSET_MS = 8 * 3600 * 1000;

/** A `thing` value: at most 20 characters, an ellipsis when cut. */
export function thing(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= THING_MAX ? chars.join('') : `${chars.slice(0, THING_MAX - 1).join('')}…`;
}

/** A `time` value in China Standard Time: 2026-11-27 10:05. */
export function timeValue(ms: number): string {
  const d = new Date(ms + CST_OFFSET_MS).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)}`;
}

/** The page the message opens: the resident's request, or the worker's case. */
export function pageOf(notice: NoticeRow): string | undefined {
  if (!notice.requestId) return undefined;
  if (notice.target === 'work') return `packages/work/pages/case/index?id=${notice.requestId}`;
  return `packages/resident/pages/request/index?id=${notice.requestId}`;
}

/** Where the template ids come from (process.env by default). */
export type Env = Record<string, string | undefined>;

/** Builds the pusher over the SDK's subscribeMessage API. */
export function createSubscribePusher(
  api: SubscribeMessageApi,
  env: Env = process.env,
  log: (msg: string, err: unknown) => void = (msg, err) => console.error(msg, err),
): Pusher {
  return {
    async push(notice: NoticeRow, kind: NoticeKind): Promise<void> {
      const templateId = kind === 'answer' ? env.SUBSCRIBE_TMPL_ANSWER : env.SUBSCRIBE_TMPL_PROGRESS;
      if (!templateId) return;
      try {
        await api.send({
          touser: notice.recipient,
          templateId,
          page: pageOf(notice),
          data: {
            thing1: { value: thing(notice.title) },
            thing2: { value: thing(notice.body || notice.title) },
            time3: { value: timeValue(notice.at) },
          },
          miniprogramState:
            env.MINIPROGRAM_STATE === 'trial' || env.MINIPROGRAM_STATE === 'developer'
              ? env.MINIPROGRAM_STATE
              : 'formal',
        });
      } catch (err) {
        log(`[push] subscribe message ${notice.id} not sent`, err);
      }
    },
  };
}
