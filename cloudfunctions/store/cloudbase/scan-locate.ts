/**
 * scans.locate on CloudBase (one-document transactions only). Order: read the scan; set its distance with a
 * compare-and-set on "no distance yet" (so a retried or concurrent fix applies once: the scanId is the key); then
 * `_.inc` the day's counters of the scan's own subjects, marked dirty for the rollup. A crash between the two
 * leaves the raw scan located and the counters one short; `npm run repair` recounts from raw scans.
 *
 * The out-of-circle cell is stored only while the rollup cannot have folded the scan yet: the fold takes scans
 * inserted more than `settleMs` ago, so a fix within half of that lands before any fold can read the scan. A later
 * fix still counts (distance, in circle) but leaves the coverage map's cell out rather than miss or double it.
 */
import type { LocateOutcome, ScanFix } from '../port';
import { COLLECTIONS, ids, type ScanDoc } from './docs';
import { getOrNull } from './query';
import type { CloudDatabase } from './sdk';

function insertedMs(doc: ScanDoc): number {
  const v = doc.insertedAt;
  return v instanceof Date ? v.getTime() : typeof v === 'number' ? v : Number.NaN;
}

/** Applies `fix` to its scan (see the file comment); the subjects are the scan's own, stored with it. */
export async function locateScan(db: CloudDatabase, fix: ScanFix, settleMs: number): Promise<LocateOutcome> {
  const _ = db.command;
  const scans = db.collection(COLLECTIONS.scans);
  const doc = (await getOrNull(scans.doc(fix.scanId))) as ScanDoc | null;
  if (!doc || doc.postId !== fix.postId || doc.visitor !== fix.visitor || doc.at < fix.since) return 'missing';
  if (doc.distanceM !== null && doc.distanceM !== undefined) return 'unchanged';
  const cellSafe = Date.now() - insertedMs(doc) < settleMs / 2;
  const data = {
    distanceM: fix.distanceM,
    inCircle: fix.inCircle,
    ...(fix.cell && cellSafe ? { cell: { lat: fix.cell.lat, lng: fix.cell.lng } } : {}),
  };
  const { stats } = await scans.where({ _id: fix.scanId, distanceM: null }).update({ data });
  if (stats.updated !== 1) return 'unchanged';
  const inc = { inCircle: _.inc(fix.inCircle ? 1 : 0), withLocation: _.inc(1), dirty: true };
  const daily = db.collection(COLLECTIONS.dailyStats);
  const settled = await Promise.allSettled(
    doc.subjects.map((subject) => daily.doc(ids.dailyStat(subject, doc.day)).update({ data: inc })),
  );
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return 'located';
}
