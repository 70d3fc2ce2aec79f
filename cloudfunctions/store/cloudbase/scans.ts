/**
 * Scan recording on CloudBase, where a transaction covers one document only.
 *
 * Order of writes, and why: (1) add the scan document with `state: 'pending'`; (2) per subject, add the visitor-day
 * (success ⇒ a new unique visitor) and `_.inc` the daily counter; (3) mark the scan 'applied'.
 * Because the scan document comes first, a retry of a half-done call finds it and answers 'duplicate' without
 * writing: counters are never bumped twice. Writing it last would make a retry bump again every subject the
 * crashed call had already bumped. The price of this order is the opposite failure: a crash between (1) and (3)
 * may leave some counters short for that one scan. Raw scans are the source of truth and such scans stay
 * `state: 'pending'` with their `subjects` and `day`, so a repair job can find them and rebuild the affected
 * (subject, day) counters from raw scans, exactly.
 */
import type { ScanRecord } from '../../../types/domain';
import { dayKey } from '../../../types/day';
import type { RecordOutcome } from '../port';
import { COLLECTIONS, type DailyStatDoc, ids, type ScanDoc } from './docs';
import { getOrNull, isDuplicateKey, PAGE } from './query';
import type { CloudDatabase } from './sdk';

interface Bump {
  subject: string;
  day: string;
  visitor: string;
  inCircle: 0 | 1;
  withLocation: 0 | 1;
  /** False for a day before the visitor-day horizon (rollups.ts): its visitors are final, none is new. */
  tracked: boolean;
}

/** Creates the visitor-day if new, then bumps (or creates) the subject's daily counter. */
async function bumpSubject(db: CloudDatabase, b: Bump): Promise<void> {
  const _ = db.command;
  let unique: 0 | 1 = 0;
  if (b.tracked) {
    try {
      await db.collection(COLLECTIONS.visitorDays).add({
        data: { _id: ids.visitorDay(b.subject, b.day, b.visitor), subject: b.subject, day: b.day, visitor: b.visitor },
      });
      unique = 1;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  const daily = db.collection(COLLECTIONS.dailyStats);
  const id = ids.dailyStat(b.subject, b.day);
  const inc = {
    count: _.inc(1),
    unique: _.inc(unique),
    inCircle: _.inc(b.inCircle),
    withLocation: _.inc(b.withLocation),
    dirty: true,
  };
  if ((await daily.doc(id).update({ data: inc })).stats.updated === 1) return;
  const first: DailyStatDoc = {
    _id: id,
    subject: b.subject,
    day: b.day,
    count: 1,
    unique,
    inCircle: b.inCircle,
    withLocation: b.withLocation,
    dirty: true,
  };
  try {
    await daily.add({ data: first });
    return;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  // Another writer created the counter between our update and our add: it exists now, so increment it.
  if ((await daily.doc(id).update({ data: inc })).stats.updated !== 1) {
    throw new Error(`daily_stats ${id}: neither created nor updated`);
  }
}

/**
 * Appends a scan and bumps the daily counters of its subjects (see the file comment for the write order).
 * `horizon` is the first day whose visitor set is still kept (null: all are).
 */
export async function recordScan(
  db: CloudDatabase,
  scan: ScanRecord,
  subjects: string[],
  horizon: string | null,
): Promise<RecordOutcome> {
  const scans = db.collection(COLLECTIONS.scans);
  const day = dayKey(scan.at);
  const distinct = [...new Set(subjects)];
  const doc: ScanDoc = {
    _id: scan.scanId,
    postId: scan.postId,
    visitor: scan.visitor,
    at: scan.at,
    source: scan.source,
    distanceM: scan.distanceM,
    inCircle: scan.inCircle,
    day,
    subjects: distinct,
    state: 'pending',
    cell: scan.cell ? { lat: scan.cell.lat, lng: scan.cell.lng } : null,
    insertedAt: db.serverDate(),
  };
  try {
    await scans.add({ data: doc });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const existing = await getOrNull(scans.doc(scan.scanId));
    if (existing === null) throw err;
    return existing.postId === scan.postId ? 'duplicate' : 'conflict';
  }
  const base = {
    day,
    visitor: scan.visitor,
    inCircle: scan.inCircle ? 1 : 0,
    withLocation: scan.distanceM === null ? 0 : 1,
    tracked: horizon === null || day >= horizon,
  } as const;
  // Subjects are independent documents: bump them side by side, but wait for all before answering.
  const settled = await Promise.allSettled(distinct.map((subject) => bumpSubject(db, { ...base, subject })));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  await scans.doc(scan.scanId).update({ data: { state: 'applied' } });
  return 'recorded';
}

/** Daily stats of one subject for the given days, in day order; days without a counter are left out. */
export async function dailyStats(db: CloudDatabase, subject: string, days: string[]): Promise<DailyStatDoc[]> {
  const _ = db.command;
  const unique = [...new Set(days)];
  const out: DailyStatDoc[] = [];
  // One page per PAGE days: at most one counter per (subject, day), so a page never overflows.
  for (let i = 0; i < unique.length; i += PAGE) {
    const { data } = await db
      .collection(COLLECTIONS.dailyStats)
      .where({ subject, day: _.in(unique.slice(i, i + PAGE)) })
      .limit(PAGE)
      .get();
    out.push(...(data as DailyStatDoc[]));
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
