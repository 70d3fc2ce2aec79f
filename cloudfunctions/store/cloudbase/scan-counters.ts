/**
 * The per-scan writes of the daily counters on CloudBase (scans.ts orders them): the visitor-day that makes a
 * visitor unique for a (subject, day), the counter's creation, and its `_.inc`. Split so that the scan's hot path
 * can send the independent ones side by side: a counted scan costs four sequential round trips, not six.
 */
import { COLLECTIONS, type DailyStatDoc, ids } from './docs';
import { isDuplicateKey } from './query';
import type { CloudDatabase } from './sdk';

/** Counter ids remembered as existing per container; past this many the oldest are forgotten (memory bound). */
const KNOWN_MAX = 20_000;
const known = new Set<string>();

function remember(id: string): void {
  known.add(id);
  if (known.size > KNOWN_MAX) {
    const oldest = known.values().next().value;
    if (oldest !== undefined) known.delete(oldest);
  }
}

/**
 * Makes sure the (subject, day) counter exists before it is bumped, as a zero counter that is not dirty: a zero
 * counter reads as no scans anywhere (stats.ts and cumulative.ts skip count 0), so creating one for a scan that
 * then fails changes no figure. Skipped for counters this container already saw exist. Never rejects: if the
 * create fails for another reason, bumpCounter creates the counter itself (one round trip more).
 */
export async function ensureCounter(db: CloudDatabase, subject: string, day: string): Promise<void> {
  const id = ids.dailyStat(subject, day);
  if (known.has(id)) return;
  const zero: DailyStatDoc = { _id: id, subject, day, count: 0, unique: 0, inCircle: 0, withLocation: 0, dirty: false };
  try {
    await db.collection(COLLECTIONS.dailyStats).add({ data: zero });
    remember(id);
  } catch (err) {
    if (isDuplicateKey(err)) remember(id);
  }
}

/** Adds the visitor-day of (subject, day, visitor): true when this call created it (a new unique visitor). */
export async function addVisitorDay(
  db: CloudDatabase,
  subject: string,
  day: string,
  visitor: string,
): Promise<boolean> {
  try {
    await db.collection(COLLECTIONS.visitorDays).add({
      data: { _id: ids.visitorDay(subject, day, visitor), subject, day, visitor },
    });
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

/** Removes visitor-days this call created for a scan that was then not stored, so that visitor stays new. */
export async function dropVisitorDays(db: CloudDatabase, day: string, visitor: string, subjects: string[]) {
  await Promise.allSettled(
    subjects.map((s) =>
      db
        .collection(COLLECTIONS.visitorDays)
        .doc(ids.visitorDay(s, day, visitor))
        .remove(),
    ),
  );
}

/** What one scan adds to a (subject, day) counter. */
export interface Bump {
  subject: string;
  day: string;
  unique: 0 | 1;
  inCircle: 0 | 1;
  withLocation: 0 | 1;
}

/**
 * Bumps the (subject, day) counter with `_.inc`: one round trip when it exists (ensureCounter made sure of that);
 * otherwise creates it with this scan's values, or bumps it after all when another writer created it meanwhile.
 */
export async function bumpCounter(db: CloudDatabase, b: Bump): Promise<void> {
  const _ = db.command;
  const daily = db.collection(COLLECTIONS.dailyStats);
  const id = ids.dailyStat(b.subject, b.day);
  const inc = {
    count: _.inc(1),
    unique: _.inc(b.unique),
    inCircle: _.inc(b.inCircle),
    withLocation: _.inc(b.withLocation),
    dirty: true,
  };
  if ((await daily.doc(id).update({ data: inc })).stats.updated === 1) return remember(id);
  const first: DailyStatDoc = { _id: id, ...b, count: 1, dirty: true };
  try {
    await daily.add({ data: first });
    return remember(id);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  if ((await daily.doc(id).update({ data: inc })).stats.updated !== 1) {
    throw new Error(`daily_stats ${id}: neither created nor updated`);
  }
  remember(id);
}

/** Adds one unique visitor to an existing counter; false when the counter is not there. */
export async function addUnique(db: CloudDatabase, subject: string, day: string): Promise<boolean> {
  const _ = db.command;
  const ref = db.collection(COLLECTIONS.dailyStats).doc(ids.dailyStat(subject, day));
  return (await ref.update({ data: { unique: _.inc(1), dirty: true } })).stats.updated === 1;
}
