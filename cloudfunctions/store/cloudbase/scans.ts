/**
 * Scan recording on CloudBase, where a transaction covers one document only, in four sequential round trips:
 * (1, before this file) the post; (2) side by side: add the scan document with `state: 'pending'`, add the
 * visitor-day of each subject (created ⇒ a new unique visitor), make sure each daily counter exists, and read the
 * visitor-day horizon if this container's copy is stale; (3) `_.inc` each subject's daily counter; (4) mark the
 * scan 'applied'.
 * Only the call whose scan document was stored bumps counters, so a retry of a half-done call finds the document
 * and answers 'duplicate' without bumping: counters are never bumped twice. A crash between (2) and (4) may leave
 * some counters short for that one scan; such scans stay `state: 'pending'` with their `subjects` and `day`, and
 * the sweep (sweep.ts) rebuilds the affected (subject, day) counters from raw scans, exactly.
 * A visitor-day added beside a scan document that was then not stored is removed again (the visitor stays new);
 * beside a retry whose first call is still running, it is counted by the retry instead (see recordScan).
 */
import type { ScanRecord } from '~/types/domain';
import { dayKey } from '~/types/day';
import type { RecordOutcome, ScansPort } from '../port';
import { COLLECTIONS, type DailyStatDoc, type ScanDoc } from './docs';
import { getOrNull, isDuplicateKey, PAGE } from './query';
import { addUnique, addVisitorDay, bumpCounter, dropVisitorDays, ensureCounter } from './scan-counters';
import type { HorizonCache } from './rollup';
import { locateScan } from './scan-locate';
import type { CloudDatabase } from './sdk';
import { sweepPending } from './sweep';

/** The first failure among settled promises, thrown. */
function rethrow(settled: PromiseSettledResult<unknown>[]): void {
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * A scan whose document was already stored (a retry, `scanId` taken): 'duplicate' for the same post, 'conflict'
 * for another. Visitor-days this call created (`fresh`) mean the first call did not create them: if it is still
 * running it counted no unique visitor there, so this call adds it; if it died, its scan is pending and the sweep
 * recounts those counters from raw scans anyway. On a conflict they are removed: no scan of this visitor was stored.
 */
async function alreadyStored(
  db: CloudDatabase,
  scan: ScanRecord,
  day: string,
  fresh: string[],
  err: unknown,
): Promise<RecordOutcome> {
  const existing = await getOrNull(db.collection(COLLECTIONS.scans).doc(scan.scanId));
  if (existing === null || existing.postId !== scan.postId) {
    await dropVisitorDays(db, day, scan.visitor, fresh);
    if (existing === null) throw err;
    return 'conflict';
  }
  const counted = await Promise.all(fresh.map((subject) => addUnique(db, subject, day)));
  // A counter not there yet: the visitor-day goes, so a later scan of this visitor counts them.
  await dropVisitorDays(
    db,
    day,
    scan.visitor,
    fresh.filter((_s, i) => !counted[i]),
  );
  return 'duplicate';
}

/**
 * Appends a scan and bumps the daily counters of its subjects (see the file comment for the round trips).
 * `horizon` gives the first day whose visitor set is still kept (null: all are); it is asked beside the writes.
 */
export async function recordScan(
  db: CloudDatabase,
  scan: ScanRecord,
  subjects: string[],
  horizon: () => Promise<string | null>,
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
  // (2) Everything that does not depend on another write, side by side.
  const [stored, visitorDays, , from] = await Promise.all([
    scans.add({ data: doc }).then(
      () => null,
      (err: unknown) => ({ err }),
    ),
    Promise.allSettled(distinct.map((subject) => addVisitorDay(db, subject, day, scan.visitor))),
    Promise.all(distinct.map((subject) => ensureCounter(db, subject, day))),
    horizon(),
  ]);
  const fresh = distinct.filter((_s, i) => {
    const v = visitorDays[i];
    return v.status === 'fulfilled' && v.value;
  });
  if (stored !== null) {
    if (isDuplicateKey(stored.err)) return alreadyStored(db, scan, day, fresh, stored.err);
    await dropVisitorDays(db, day, scan.visitor, fresh);
    throw stored.err;
  }
  // The scan is stored and pending: any failure from here on leaves it to the sweep.
  rethrow(visitorDays);
  // A day before the horizon has final visitors (rollups.ts): none is new; its visitor-day is pruned by the rollup.
  const tracked = from === null || day >= from;
  const base = { day, inCircle: scan.inCircle ? 1 : 0, withLocation: scan.distanceM === null ? 0 : 1 } as const;
  // (3) Subjects are independent documents: bump them side by side, but wait for all before answering.
  rethrow(
    await Promise.allSettled(
      distinct.map((subject) =>
        bumpCounter(db, { ...base, subject, unique: tracked && fresh.includes(subject) ? 1 : 0 }),
      ),
    ),
  );
  // (4)
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
    out.push(...(data as DailyStatDoc[]).filter((d) => d.count > 0));
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The scans group over a CloudBase database (`settleMs` as CloudbaseOptions describes it). */
export function cloudScans(db: CloudDatabase, horizon: HorizonCache, settleMs: number): ScansPort {
  return {
    record: async (scan, subjects) => recordScan(db, scan, subjects, () => horizon.get()),
    locate: async (fix) => locateScan(db, fix, settleMs),
    count: async () => (await db.collection(COLLECTIONS.scans).count()).total,
    repairPending: (now, limit) => sweepPending(db, now, limit),
  };
}
