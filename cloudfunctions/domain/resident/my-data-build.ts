/**
 * The 我的数据 file: every request of the caller with its fields, full personal numbers (decrypted for the owner
 * only), photo links, history and answers; their notices; and what the system does not hold about them and why.
 * Pure given the rows: the handler (my-data.ts) reads them, this shapes them.
 */
import { cstMinute } from '~/types/day';
import { REQUEST_STATUSES } from '~/types/requests';
import type { User } from '~/types/domain';
import type { NoticeRow, RequestRecord } from '../../store/port';
import { decrypt } from '../crypto';
import { photoIdsOf } from '../requests/evidence';
import { requestFields } from '../requests/fields';
import { REQUEST_TEXT } from '../requests/texts';
import { MD } from './my-data-texts';

const SEALED = Object.keys(MD.sealed) as Array<keyof typeof MD.sealed>;

function numbers(rec: RequestRecord, key: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of SEALED) {
    const v = rec.payload[k];
    if (typeof v === 'string' && v !== '') out[MD.sealed[k]] = decrypt(key, v);
  }
  return out;
}

/** What the file says about one request; `links` maps its photo ids to links the owner may open. */
export function requestEntry(rec: RequestRecord, postName: string, key: Buffer, links: Map<string, string>) {
  return {
    [MD.id]: rec.id,
    [MD.kind]: REQUEST_TEXT.kind[rec.kind],
    [MD.post]: `${postName}（${rec.postId}）`,
    [MD.subject]: rec.title,
    [MD.status]: REQUEST_STATUSES[rec.status] ?? rec.status,
    [MD.createdAt]: cstMinute(rec.createdAt),
    [MD.updatedAt]: cstMinute(rec.updatedAt),
    [MD.dueAt]: rec.dueAt === null ? MD.none : cstMinute(rec.dueAt),
    [MD.fields]: Object.fromEntries(requestFields(rec, key).map((f) => [f.label, f.value])),
    [MD.numbers]: numbers(rec, key),
    [MD.photos]: photoIdsOf(rec).map((id) => links.get(id) ?? id),
    [MD.timeline]: rec.timeline.map((t) => ({
      [MD.at]: cstMinute(t.at),
      [MD.status]: REQUEST_STATUSES[t.status] ?? t.status,
      [MD.by]: t.by,
      [MD.note]: t.note,
    })),
    [MD.answers]: rec.answers.map((a) => ({ [MD.at]: cstMinute(a.at), [MD.by]: a.by, [MD.text]: a.text })),
    [MD.rating]: rec.rating === null ? MD.none : `${rec.rating}星 ${rec.ratingWord ?? ''}`.trim(),
  };
}

/** What the file says about one notice. */
export function noticeEntry(n: NoticeRow) {
  return {
    [MD.at]: cstMinute(n.at),
    [MD.subject]: n.title,
    [MD.text]: n.body,
    [MD.id]: n.requestId ?? MD.none,
    [MD.status]: n.readAt === null ? MD.unread : MD.read,
  };
}

/** The whole file as JSON text (two-space indent: it is read by a person). */
export function myDataJson(
  now: number,
  user: User | null,
  requests: ReturnType<typeof requestEntry>[],
  notices: ReturnType<typeof noticeEntry>[],
): string {
  const doc = {
    [MD.title]: MD.about,
    [MD.exportedAt]: cstMinute(now),
    [MD.account]: user ? { [MD.role]: user.role, [MD.name]: user.label, [MD.region]: user.regionCode } : MD.none,
    [MD.requests]: requests,
    [MD.notices]: notices,
    [MD.subscriptions]: MD.subscriptionsNote,
    [MD.scans]: MD.scansNote,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
