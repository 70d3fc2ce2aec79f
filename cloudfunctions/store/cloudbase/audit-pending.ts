/**
 * A request's change and its audit entry (审计日志) as one unit on CloudBase, which has no transaction across the
 * `requests` document and the `audit_log` collection. The change's single-document update also pushes the entry
 * onto the document's `auditPending` list and sets `auditOpen` (atomic with the change: both land or neither).
 * The entry is then copied into `audit_log` under an id fixed by the request and the version it changed, so a copy
 * made twice is one entry, and the list is emptied by a compare-and-set on the version read. A copy cut short (a
 * failed add, a crash) stays on the document until the next copy: the next change of the same request, or the
 * timer's sweep (settlePending) of every document with `auditOpen: true`.
 */
import { createHash } from 'node:crypto';
import type { AuditEntry } from '../port';
import { COLLECTIONS } from './docs';
import { isDuplicateKey } from './query';
import type { CloudData, CloudDatabase, CloudDoc } from './sdk';

/** An entry waiting on its document, with the `audit_log` id it will be stored under. */
type PendingEntry = AuditEntry & { id: string };

/**
 * The id of the entry of the change made to `requestId` at `version`: the time first (audit.ts's order and
 * cursor), then a digest of the pair, so copying it again cannot make a second entry.
 */
export function pendingAuditId(requestId: string, version: number, at: number): string {
  const tail = createHash('sha256').update(`${requestId}\u0000${version}`).digest('hex').slice(0, 12);
  return `a${at.toString(36).padStart(10, '0')}${tail}`;
}

/** The fields a change adds to its document's update to carry `entry`. */
export function pendingAuditPatch(db: CloudDatabase, entry: AuditEntry, id: string): CloudData {
  return { auditPending: db.command.push([{ ...entry, id }]), auditOpen: true };
}

/**
 * Copies the entries waiting on `doc` into `audit_log` and empties its list if the document has not changed since
 * it was read (a change in between pushed an entry of its own: the next copy takes both). Returns how many entries
 * were newly stored.
 */
export async function copyPending(db: CloudDatabase, doc: CloudDoc): Promise<number> {
  const pending = (Array.isArray(doc.auditPending) ? doc.auditPending : []) as PendingEntry[];
  const log = db.collection(COLLECTIONS.auditLog);
  let stored = 0;
  for (const { id, ...entry } of pending) {
    try {
      await log.add({ data: { _id: id, ...entry } });
      stored++;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  await db
    .collection(COLLECTIONS.requests)
    .where({ _id: doc._id, version: doc.version })
    .update({ data: { auditPending: [], auditOpen: false } });
  return stored;
}

/** The timer's sweep: copies the entries of at most `limit` documents still carrying some; returns how many. */
export async function settlePending(db: CloudDatabase, limit: number): Promise<number> {
  if (limit <= 0) return 0;
  const { data } = await db.collection(COLLECTIONS.requests).where({ auditOpen: true }).limit(limit).get();
  let stored = 0;
  for (const doc of data) stored += await copyPending(db, doc);
  return stored;
}
