/**
 * The production pusher: a WeChat subscribe message (订阅消息, `subscribeMessage.send`) per notice. The resident
 * subscribed when they submitted (`requestSubscribeMessage`); the templates are chosen in the WeChat console and
 * their ids set in the function's environment:
 *   SUBSCRIBE_TMPL_ANSWER   — answers and decisions (kind 'answer')
 *   SUBSCRIBE_TMPL_PROGRESS — progress, reminders and new assignments ('progress', 'reminder', 'assigned')
 * Their field keys are configuration too (SUBSCRIBE_KEYS_ANSWER / SUBSCRIBE_KEYS_PROGRESS, see push-fields.ts;
 * thing1 / thing2 / time3 when unset). A kind without a template id is skipped silently, one whose keys are
 * malformed is logged and skipped (the outbox still has it); a
 * refused send (43101: the user did not subscribe, or used up their one-time subscription) is logged and
 * swallowed: the outbox already holds the notice.
 */
import type { NoticeKind, Pusher } from '../domain/context';
import type { NoticeRow } from '../store/port';
import { cut, fieldsOf, parseFieldKeys, timeValue, type FieldKeys } from './push-fields';

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

/** A `thing` value: at most 20 characters, an ellipsis when cut. */
export function thing(text: string): string {
  return cut(text, THING_MAX);
}

/** The `time` value of a notice (re-exported: push-fields.ts shapes every value by its key type). */
export { timeValue };

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
  // Read once per container; a malformed setting is reported on every notice it stops, not swallowed.
  const keysOf = (variable: string): FieldKeys | Error => {
    try {
      return parseFieldKeys(env[variable], variable);
    } catch (err) {
      return err as Error;
    }
  };
  const keys = { answer: keysOf('SUBSCRIBE_KEYS_ANSWER'), progress: keysOf('SUBSCRIBE_KEYS_PROGRESS') };
  return {
    async push(notice: NoticeRow, kind: NoticeKind): Promise<void> {
      const templateId = kind === 'answer' ? env.SUBSCRIBE_TMPL_ANSWER : env.SUBSCRIBE_TMPL_PROGRESS;
      if (!templateId) return;
      const fields = kind === 'answer' ? keys.answer : keys.progress;
      if (fields instanceof Error) {
        log(`[push] subscribe message ${notice.id} not sent`, fields);
        return;
      }
      try {
        await api.send({
          touser: notice.recipient,
          templateId,
          page: pageOf(notice),
          data: fieldsOf(notice, fields),
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
