/**
 * The 我的数据 file: every request of the caller with its fields, full personal numbers (decrypted for the owner
 * only), photo links, history and answers, its review flag and who looked at or decided it (the audit log); their
 * notices; photos uploaded but never attached; and what the system does not hold about them and why.
 * Pure given the rows: the handler (my-data.ts) reads them, this shapes them.
 */
import { AUDIT_ACTIONS, AUDIT_ROLE_LABELS } from '~/types/audit';
import { cstMinute } from '~/types/day';
import { REQUEST_STATUSES } from '~/types/requests';
import type { User } from '~/types/domain';
import type { AuditEntry, NoticeRow, PhotoRow, RequestRecord } from '../../store/port';
import { maskNumbers } from '../audit/mask-text';
import { CONTENT_REVIEW_KEY, needsReview } from '../content-check';
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

/** Whether a person is to review the request's text (待人工复核), and why; 无 when not. */
function reviewOf(rec: RequestRecord): string {
  if (!needsReview(rec.payload)) return MD.none;
  return rec.payload[CONTENT_REVIEW_KEY] === 'checkFailed' ? MD.reviewOf.checkFailed : MD.reviewOf.review;
}

// The roles that act on a request, each for the unit the request is assigned to.
const WORKER_ROLES = new Set(['volunteer', 'mediator', 'staff']);

/**
 * One audit entry about the request, as its owner reads it: when, what, and who by role and unit, never by name
 * (MD.auditNote says why). Every audited act on a request is its unit's (a reveal, a photo view, a decision, a
 * mediation step need the worker bound to the unit the request is assigned to, which never changes for those
 * kinds), so the unit is the request's `office`.
 */
function auditLine(e: AuditEntry, office: string | null) {
  const role = AUDIT_ROLE_LABELS[e.actorRole] ?? e.actorRole;
  const worker = WORKER_ROLES.has(e.actorRole);
  return {
    [MD.at]: cstMinute(e.at),
    [MD.action]: (AUDIT_ACTIONS as Record<string, { label: string }>)[e.action]?.label ?? e.action,
    [MD.actor]: worker && office ? `${role}（${office}）` : role,
    [MD.note]: maskNumbers(e.detail),
  };
}

/** What the file reads beside a request's own row: its audit entries and the name of the unit it is assigned to. */
export interface RequestExtras {
  audit: AuditEntry[];
  office: string | null;
}

/** What the file says about one request; `links` maps its photo ids to links the owner may open. */
export function requestEntry(
  rec: RequestRecord,
  postName: string,
  key: Buffer,
  links: Map<string, string>,
  extras: RequestExtras = { audit: [], office: null },
) {
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
    [MD.review]: reviewOf(rec),
    ...(extras.office ? { [MD.office]: extras.office } : {}),
    [MD.audit]: extras.audit.map((e) => auditLine(e, extras.office)),
  };
}

/** What the file says about one photo never attached to a request: its link and when it was uploaded. */
export function loosePhotoEntry(p: Pick<PhotoRow, 'createdAt'>, link: string) {
  return { [MD.link]: link, [MD.uploadedAt]: cstMinute(p.createdAt) };
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
  loosePhotos: ReturnType<typeof loosePhotoEntry>[] = [],
): string {
  const doc = {
    [MD.title]: MD.about,
    [MD.exportedAt]: cstMinute(now),
    [MD.account]: user ? { [MD.role]: user.role, [MD.name]: user.label, [MD.region]: user.regionCode } : MD.none,
    [MD.requests]: requests,
    [MD.notices]: notices,
    [MD.loosePhotos]: { [MD.note]: MD.loosePhotosNote, [MD.photoList]: loosePhotos },
    [MD.auditAbout]: MD.auditNote,
    [MD.subscriptions]: MD.subscriptionsNote,
    [MD.scans]: MD.scansNote,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
