/**
 * The sweep that repairs scans left `state: 'pending'` (scans.ts: the scan document was written but a counter bump
 * or the final mark was not, because the function crashed or a reply was lost). A scan pending for longer than
 * STALE_MS is dead: the scan function's timeout (5 s) is far shorter. For each such scan the sweep rebuilds exactly
 * the (subject, day) counters it touches from the raw scans, then marks it applied.
 *
 * Per (subject, day), in this order, so that a live scan of the same subject and day can never be counted twice or
 * lost: (1) add the stale scans' visitor days (a later scan of that visitor then counts no new unique); (2) read the
 * day's raw scans; (3) read the counter and check that no other scan of that subject and day is pending (a live one
 * is still between its insert and its mark): if one is, leave the pair for the next sweep; (4) write the recount
 * with a compare-and-set on the count read in (3), so a bump landing meanwhile makes the write miss (next sweep).
 */
import { ids, COLLECTIONS, type DailyStatDoc, type ScanDoc } from './docs';
import { getOrNull, isDuplicateKey, PAGE, pageById } from './query';
import type { RepairOutcome } from '../port';
import type { CloudDatabase } from './sdk';
import { mapParallel } from './stats-reads';

/** A scan pending this long (ms after the server stored it) belongs to an invocation that is gone. */
export const STALE_MS = 60_000;

const ms = (v: unknown): number => (v instanceof Date ? v.getTime() : Number(v));

/** Recounts one (subject, day) counter from raw scans; false when it must wait for the next sweep. */
async function recount(db: CloudDatabase, subject: string, day: string, stale: Set<string>): Promise<boolean> {
  const _ = db.command;
  const scans = db.collection(COLLECTIONS.scans);
  const raw = (await pageById(scans, _, { subjects: subject, day }, null, Infinity)) as ScanDoc[];
  const id = ids.dailyStat(subject, day);
  const [counter, pending] = await Promise.all([
    getOrNull(db.collection(COLLECTIONS.dailyStats).doc(id)),
    scans.where({ subjects: subject, day, state: 'pending' }).limit(PAGE).get(),
  ]);
  if (pending.data.some((s) => !stale.has(s._id))) return false;
  const visitors = new Set(raw.map((s) => s.visitor));
  const counts = {
    count: raw.length,
    unique: visitors.size,
    inCircle: raw.filter((s) => s.inCircle === true).length,
    withLocation: raw.filter((s) => s.distanceM !== null).length,
    dirty: true,
  };
  const daily = db.collection(COLLECTIONS.dailyStats);
  if (!counter) {
    try {
      await daily.add({ data: { _id: id, subject, day, ...counts } });
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }
  const written = await daily.where({ _id: id, count: (counter as DailyStatDoc).count }).update({ data: counts });
  return written.stats.updated === 1;
}

/** Repairs up to `limit` stale pending scans as of `now` (ms); see the file comment. */
export async function sweepPending(db: CloudDatabase, now: number, limit: number): Promise<RepairOutcome> {
  const _ = db.command;
  const scans = db.collection(COLLECTIONS.scans);
  const found = (await pageById(scans, _, { state: 'pending' }, null, PAGE)) as ScanDoc[];
  const dead = found.filter((s) => ms(s.insertedAt) <= now - STALE_MS);
  const stale = dead.slice(0, limit);
  if (stale.length === 0) return { repaired: 0, more: false };
  const staleIds = new Set(stale.map((s) => s._id));
  // (1) Visitor days first, for every subject of every stale scan (a duplicate means it is there already).
  await mapParallel(
    stale.flatMap((s) => s.subjects.map((subject) => ({ subject, day: s.day, visitor: s.visitor }))),
    async (v) => {
      try {
        await db.collection(COLLECTIONS.visitorDays).add({
          data: { _id: ids.visitorDay(v.subject, v.day, v.visitor), ...v },
        });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    },
  );
  const pairs = new Map<string, { subject: string; day: string }>();
  for (const s of stale)
    for (const subject of s.subjects) pairs.set(ids.dailyStat(subject, s.day), { subject, day: s.day });
  const results = await mapParallel([...pairs.values()], (p) => recount(db, p.subject, p.day, staleIds));
  const failed = new Set([...pairs.keys()].filter((_k, i) => !results[i]));
  let repaired = 0;
  for (const s of stale) {
    if (s.subjects.some((subject) => failed.has(ids.dailyStat(subject, s.day)))) continue;
    await scans.where({ _id: s._id, state: 'pending' }).update({ data: { state: 'applied' } });
    repaired += 1;
  }
  return { repaired, more: dead.length > repaired || found.length === PAGE };
}
