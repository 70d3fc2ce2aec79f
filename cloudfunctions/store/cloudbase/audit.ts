/**
 * The audit log (审计日志) on CloudBase: its own collection, append-only, never deleted. The page reads newest first
 * by `_id`, which starts with the entry's time (`a<at in base 36><random>`, made by append), so the id is both the
 * order and the cursor; one query per page, at most 1,000. Entries with the same `at` are read back in `_id` order
 * (random ids), not strictly in insertion order.
 */
import { randomBytes } from 'node:crypto';
import { auditKindOf } from '~/types/audit';
import type { AuditEntry, AuditPort, AuditQuery, AuditRow } from '../port';
import { settlePending } from './audit-pending';
import { COLLECTIONS } from './docs';
import { pageBySkip } from './query';
import type { CloudCollection, CloudCommand, CloudCondition, CloudDatabase, CloudDoc } from './sdk';

/** A stored document as a row; entries written before kinds existed are classified by their action name. */
export function toAuditRow(doc: CloudDoc): AuditRow {
  const d = doc as CloudDoc & Partial<AuditEntry> & Omit<AuditEntry, 'kind' | 'actorRole' | 'detail'>;
  return {
    id: d._id,
    at: d.at,
    actor: d.actor,
    actorLabel: d.actorLabel,
    action: d.action,
    requestId: d.requestId,
    kind: d.kind ?? auditKindOf(d.action),
    actorRole: d.actorRole ?? '',
    detail: d.detail ?? '',
  };
}

/** One page of the log (AuditQuery), newest first. */
export async function auditPage(coll: CloudCollection, _: CloudCommand, q: AuditQuery): Promise<AuditRow[]> {
  if (q.limit <= 0 || (q.kinds !== null && q.kinds.length === 0)) return [];
  const where: CloudCondition = { at: _.and(_.gte(q.fromMs), _.lte(q.toMs)) };
  if (q.kinds !== null) where.kind = _.in(q.kinds);
  if (q.before !== null) where._id = _.lt(q.before);
  const { data } = await coll.where(where).orderBy('_id', 'desc').limit(Math.min(q.limit, 1000)).get();
  return data.map(toAuditRow);
}

function toAudit(doc: CloudDoc): AuditEntry {
  const { id: _id, ...entry } = toAuditRow(doc);
  return entry;
}

/** The audit group over a CloudBase database. */
export function cloudAudit(db: CloudDatabase): AuditPort {
  const coll = (name: string) => db.collection(name);
  const _ = db.command;
  return {
    append: async (entry) => {
      // The id sorts by time first; the random tail keeps entries of the same millisecond apart.
      const _id = `a${entry.at.toString(36).padStart(10, '0')}${randomBytes(6).toString('hex')}`;
      await coll(COLLECTIONS.auditLog).add({ data: { _id, ...entry } });
    },
    forRequest: async (requestId, limit) => {
      const query = coll(COLLECTIONS.auditLog).where({ requestId }).orderBy('at', 'asc').orderBy('_id', 'asc');
      return (await pageBySkip(query, Math.max(0, limit))).map(toAudit);
    },
    page: (q) => auditPage(coll(COLLECTIONS.auditLog), _, q),
    settle: (limit) => settlePending(db, limit),
  };
}
