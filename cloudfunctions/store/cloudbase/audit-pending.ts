/**
 * A change and its audit entry (审计日志) as one unit on CloudBase, which has no transaction across a changed
 * document and the `audit_log` collection. The entry rides on the changed document's own write (a request's update,
 * an invite's claim, the first-admin guard's add, the set of a service point, a volunteer or a setting, an import's
 * first post), so both land or neither: `auditPending` holds the entries not yet copied, `auditOpen` marks the
 * document for the sweep, and `auditTag` names the last entry put there. The entry is then copied into `audit_log`
 * under an id fixed by the act (the time, then a digest of the record and its step), so copying it twice is one
 * entry; the list is emptied only if `auditTag` is still the one read, so an entry added meanwhile waits for the
 * next copy. A copy cut short (a failed add, a crash) stays on the document until the next copy: the next change
 * of it, or the timer's sweep (settlePending) of every carrier with `auditOpen: true`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AuditEntry } from '../port';
import { COLLECTIONS } from './docs';
import { getOrNull, isDuplicateKey } from './query';
import type { CloudData, CloudDatabase, CloudDoc } from './sdk';

/** The collections whose documents may carry entries (each declares the `auditOpen_1` index). */
export const AUDIT_CARRIERS = [
  COLLECTIONS.requests,
  COLLECTIONS.invites,
  COLLECTIONS.services,
  COLLECTIONS.meta,
  COLLECTIONS.posts,
  COLLECTIONS.volunteers,
];

/** An entry waiting on its document, with the `audit_log` id it will be stored under. */
type PendingEntry = AuditEntry & { id: string };

/**
 * The `audit_log` id of the act `step` (a request and the version it changed, an invite's code…): the time first
 * (audit.ts's order and cursor), then a digest, so copying the entry again cannot make a second one.
 */
export function pendingAuditId(step: string, at: number): string {
  const tail = createHash('sha256').update(step).digest('hex').slice(0, 12);
  return `a${at.toString(36).padStart(10, '0')}${tail}`;
}

/**
 * The fields an `add` or `set` of a whole document takes to carry `entry`, the entry of act `step` (replacing
 * anything the document carried); none without an entry.
 */
export function carried(entry: AuditEntry | undefined, step: string): CloudData {
  if (!entry) return {};
  const id = pendingAuditId(step, entry.at);
  return { auditPending: [{ ...entry, id }], auditOpen: true, auditTag: id };
}

/** The fields an `update` takes to add `entry`, of act `step`, to what the document carries; none without one. */
export function carriedPatch(db: CloudDatabase, entry: AuditEntry | undefined, step: string): CloudData {
  if (!entry) return {};
  const id = pendingAuditId(step, entry.at);
  return { auditPending: db.command.push([{ ...entry, id }]), auditOpen: true, auditTag: id };
}

/**
 * Copies the entries `doc` of `collection` carries into `audit_log`, then empties its list if no entry was added
 * meanwhile. Returns how many entries were newly stored.
 */
export async function copyPending(db: CloudDatabase, collection: string, doc: CloudDoc): Promise<number> {
  const pending = (Array.isArray(doc.auditPending) ? doc.auditPending : []) as PendingEntry[];
  if (pending.length === 0 && doc.auditOpen !== true) return 0;
  let stored = 0;
  for (const { id, ...entry } of pending) if (await addOnce(db, entry, id)) stored++;
  await db
    .collection(collection)
    .where({ _id: doc._id, auditTag: doc.auditTag ?? null })
    .update({ data: { auditPending: [], auditOpen: false } });
  return stored;
}

/** Stores `entry` under `id` unless an entry of that id is stored already (a retry of the same act): stored? */
export async function addOnce(db: CloudDatabase, entry: AuditEntry, id: string): Promise<boolean> {
  try {
    await db.collection(COLLECTIONS.auditLog).add({ data: { _id: id, ...entry } });
    return true;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return false;
  }
}

/** Reads document `id` of `collection` again and copies what it carries; a failure is left for the sweep. */
export async function copyNow(db: CloudDatabase, collection: string, id: string): Promise<void> {
  try {
    const doc = await getOrNull(db.collection(collection).doc(id));
    if (doc) await copyPending(db, collection, doc);
  } catch {
    // The entry is safe on the document with its change: settlePending copies it.
  }
}

/**
 * Replaces document `id` of `collection` whole (`set`) with `fields`, carrying `audit` when given. A `set` drops
 * what the stored document carries, so entries it still holds are copied first (a failure there stops the write).
 * Two sets of one document at once can still drop each other's entry (each read before the other wrote): after its
 * set, a writer reads the document again and copies its entry from there if it is still carried, or else stores
 * it itself, under the same fixed id. Either way the entry reaches the log once.
 */
export async function setCarrying(
  db: CloudDatabase,
  collection: string,
  id: string,
  fields: CloudData,
  audit: AuditEntry | undefined,
): Promise<void> {
  const ref = db.collection(collection).doc(id);
  const open = async () => (await db.collection(collection).where({ _id: id, auditOpen: true }).limit(1).get()).data[0];
  const before = await open();
  if (before) await copyPending(db, collection, before);
  if (!audit) {
    await ref.set({ data: fields });
    return;
  }
  // A nonce in the step: two acts on one document in the same millisecond are two entries.
  const step = `${collection}\u0000${id}\u0000${audit.at}\u0000${nonce()}`;
  const entryId = pendingAuditId(step, audit.at);
  await ref.set({ data: { ...fields, ...carried(audit, step) } });
  const after = await open().catch(() => undefined);
  if (((after?.auditPending ?? []) as PendingEntry[]).some((e) => e.id === entryId)) {
    // Still carried: copied now, or by the timer's sweep if this copy fails.
    await copyPending(db, collection, after!).catch(() => undefined);
    return;
  }
  try {
    await addOnce(db, audit, entryId);
  } catch {
    // Replaced away and not stored: carried again, for the sweep. Should that fail too, the caller hears of it.
    await ref.update({ data: carriedPatch(db, audit, step) });
  }
}

/** A few random bytes, hex: what keeps the ids of two acts of the same millisecond apart. */
export function nonce(): string {
  return randomBytes(6).toString('hex');
}

/** The timer's sweep: copies the entries of at most `limit` carrying documents; returns how many it stored. */
export async function settlePending(db: CloudDatabase, limit: number): Promise<number> {
  let stored = 0;
  let left = limit;
  for (const name of AUDIT_CARRIERS) {
    if (left <= 0) break;
    const { data } = await db.collection(name).where({ auditOpen: true }).limit(left).get();
    left -= data.length;
    for (const doc of data) stored += await copyPending(db, name, doc);
  }
  return stored;
}
