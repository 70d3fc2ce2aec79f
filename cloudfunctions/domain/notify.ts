/**
 * Notices (消息): one outbox row per recipient, then a push beyond the app (a WeChat subscribe message in
 * production). The outbox is the record; a refused or failed push is logged and never fails the action.
 */
import { randomBytes } from 'node:crypto';
import type { NoticeRow, Store } from '../store/port';
import type { NoticeKind, Pusher } from './context';

/** What a notice says and where tapping it goes. */
export interface NoticeMessage {
  title: string;
  body: string;
  requestId: string | null;
  target: NoticeRow['target'];
}

/** The part of a handler context notifying needs (the cron tick has no caller, so not the whole context). */
export interface NotifyContext {
  store: Store;
  now: () => number;
  pusher: Pusher;
}

/** A new notice id: `n` + 24 hex characters. */
export function newNoticeId(): string {
  return `n${randomBytes(12).toString('hex')}`;
}

/**
 * Writes one notice per distinct recipient and pushes each; returns the notices written. Recipients may be given
 * as a lookup. Notifying follows a change already stored, so it never fails the action: an error is logged.
 */
export async function notify(
  ctx: NotifyContext,
  recipients: readonly string[] | Promise<readonly string[]>,
  message: NoticeMessage,
  kind: NoticeKind,
): Promise<NoticeRow[]> {
  try {
    return await deliver(ctx, await recipients, message, kind);
  } catch (err) {
    console.error('[notify] notice not written', message.requestId, err);
    return [];
  }
}

async function deliver(
  ctx: NotifyContext,
  recipients: readonly string[],
  message: NoticeMessage,
  kind: NoticeKind,
): Promise<NoticeRow[]> {
  const at = ctx.now();
  const rows: NoticeRow[] = [...new Set(recipients)].map((recipient) => ({
    id: newNoticeId(),
    recipient,
    at,
    title: message.title,
    body: message.body,
    requestId: message.requestId,
    target: message.target,
    readAt: null,
  }));
  await Promise.all(rows.map((row) => ctx.store.outbox.add(row)));
  await Promise.all(
    rows.map((row) =>
      ctx.pusher.push(row, kind).catch((err: unknown) => console.error('[notify] push failed', row.id, err)),
    ),
  );
  return rows;
}

/** Volunteers of a post are listed at most this many at a time (a post has a handful). */
const POST_VOLUNTEERS_LIMIT = 100;

/** The openids of the workers acting for an assignee: the post's bound volunteers, or the unit's users. */
export async function workersOf(store: Store, assignee: string): Promise<string[]> {
  if (assignee.startsWith('post:')) {
    const volunteers = await store.volunteers.forPost(assignee.slice(5), POST_VOLUNTEERS_LIMIT);
    if (volunteers.length === 0) return [];
    return (await store.users.byVolunteerIds(volunteers.map((v) => v.id))).map((u) => u.openid);
  }
  return (await store.users.byService(assignee)).map((u) => u.openid);
}
