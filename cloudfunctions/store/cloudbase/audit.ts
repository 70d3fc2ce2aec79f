/**
 * The audit log's page on CloudBase: newest first by `_id`, which starts with the entry's time (records.ts makes it
 * `a<at in base 36><random>`), so the id is both the order and the cursor; one query per page, at most 1,000.
 */
import { auditKindOf } from '../../../types/audit';
import type { AuditEntry, AuditQuery, AuditRow } from '../port';
import type { CloudCollection, CloudCommand, CloudCondition, CloudDoc } from './sdk';

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
