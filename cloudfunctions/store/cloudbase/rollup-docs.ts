/**
 * Rollup documents on CloudBase and their idempotent writes. Each hour or cell document carries `run`, the number
 * of the last rollup run that added to it; an increment is applied only where `run` is still below the current
 * run's number (a compare-and-set on one document), so replaying a run that a crash cut short never counts twice.
 */
import { getOrNull, isDuplicateKey } from './query';
import { COLLECTIONS } from './docs';
import type { CloudDatabase } from './sdk';

/** The raw-scan watermark: the last folded scan's server insertion time (ms) and id, and the last run's number. */
export interface Cursor {
  t: number;
  id: string;
  run: number;
}

/** A run that started: the scans in (cursor, to] are being folded under number `run`. */
export interface PendingRun {
  run: number;
  to: { t: number; id: string };
}

/** Meta documents of the CloudBase rollup (beside rollups.ts's ROLLUP_META keys). */
export const CLOUD_META = {
  cursor: 'rollup_scan_cursor',
  pending: 'rollup_pending',
  /** When the county post directories were last rewritten from the posts (ms). */
  directoryAt: 'directory_at',
} as const;

/** A JSON value kept in a meta document, or null. */
export async function readMeta<T>(db: CloudDatabase, key: string): Promise<T | null> {
  const doc = await getOrNull(db.collection(COLLECTIONS.meta).doc(key));
  return doc && typeof doc.value === 'string' ? (JSON.parse(doc.value) as T) : null;
}

/** A plain text meta value, or null. */
export async function readText(db: CloudDatabase, key: string): Promise<string | null> {
  const doc = await getOrNull(db.collection(COLLECTIONS.meta).doc(key));
  return doc && typeof doc.value === 'string' ? doc.value : null;
}

/** Stores a JSON value (or a plain string) in a meta document. */
export async function writeMeta(db: CloudDatabase, key: string, value: unknown): Promise<void> {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  await db
    .collection(COLLECTIONS.meta)
    .doc(key)
    .set({ data: { value: text } });
}

/**
 * Adds `inc` (field path → amount) to document `id` of `collection` once for run `run`: creates it from `first`
 * when missing. Returns false when this run had already applied it.
 */
export async function addOnce(
  db: CloudDatabase,
  collection: string,
  id: string,
  run: number,
  inc: Record<string, number>,
  first: Record<string, unknown>,
): Promise<boolean> {
  const _ = db.command;
  const coll = db.collection(collection);
  const data: Record<string, unknown> = { run };
  // Nested objects patch sub-fields (`{h: {h9: _.inc(1)}}`), the form the SDK documents for updates.
  for (const [path, n] of Object.entries(inc)) {
    const keys = path.split('.');
    let at = data;
    for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
    at[keys[keys.length - 1]] = _.inc(n);
  }
  const apply = async () => (await coll.where({ _id: id, run: _.lte(run - 1) }).update({ data })).stats.updated === 1;
  if (await apply()) return true;
  try {
    await coll.add({ data: { _id: id, ...first, run } });
    return true;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  // It exists: either this run already applied it (a replay) or another writer created it just now.
  return apply();
}
