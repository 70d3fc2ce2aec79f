/**
 * The timer's rollup on CloudBase, without multi-document transactions. Writes are ordered so that a crash at any
 * point leaves a state the next run repairs:
 * 1. Fold, a page of scans at a time: the run takes the next page by server insertion time (`insertedAt`, ties by
 *    `_id`; never by `at`, since queued scans arrive late with an old `at`), only scans older than `settleMs` so a
 *    slow insert cannot land behind the watermark. Each page gets its own run number: recorded as pending (number
 *    and last scan) before writing, added to hour and cell documents once per number (rollup-docs.ts), then the
 *    watermark advances and the pending page is cleared. So a run saves its place after every page, and a backlog is
 *    caught up over several runs, each bounded by its time budget. After a crash the next run replays the pending
 *    page under the same number: documents already added to are skipped.
 * 2. Cumulative totals (cumulative.ts): per subject with dirty daily counters, rewrite its cumulative documents from
 *    the earliest dirty day, then clear each flag with a compare-and-set on the count that was summed: a scan
 *    counted meanwhile leaves the flag set for the next run.
 * 3. Rewrite the county post directories every few hours (boards.ts), prune visitor days before the horizon
 *    (rollups.ts), then record the horizon and the run's time.
 * Folding also adds each page to the per-county day, month and last-day documents the dashboards read (boards.ts).
 */
import { CITY_CODE } from '~/types/ids';
import { dayKey } from '~/types/day';
import type { Post } from '~/types/domain';
import type { RollupOutcome } from '../port';
import { cstHour, ROLLUP_META, visitorHorizon } from '../rollups';
import { COLLECTIONS, fromDoc, ids, type ScanDoc } from './docs';
import { chunk, PAGE } from './query';
import { addOnce, CLOUD_META, readMeta, readText, writeMeta, type Cursor, type PendingRun } from './rollup-docs';
import type { CloudDatabase } from './sdk';
import { dayBefore, mapParallel } from './stats-reads';
import { refreshCumulative } from './cumulative';
import { foldBoards } from './boards';
import { rebuildDirectory } from './directory';

/** The visitor-day horizon as this container last saw it; rollups set it, scans read it. */
export interface HorizonCache {
  get(): Promise<string | null>;
  set(day: string): void;
}

/** Re-read the horizon at most once a minute: it moves once a day, and a stale value costs one unique at most. */
const HORIZON_TTL_MS = 60_000;

/** A cache of the horizon setting over `db`. */
export function horizonCache(db: CloudDatabase): HorizonCache {
  let value: string | null = null;
  let readAt = -Infinity;
  return {
    get: async () => {
      if (Date.now() - readAt > HORIZON_TTL_MS) {
        value = await readText(db, ROLLUP_META.visitorHorizon).catch(() => value);
        readAt = Date.now();
      }
      return value;
    },
    set: (day) => {
      value = day;
      readAt = Date.now();
    },
  };
}

const ms = (v: unknown): number => (v instanceof Date ? v.getTime() : Number(v));

/** The scans after `cursor` (insertion order), at most `limit`, inserted at or before `until` (ms). */
export async function scansAfter(db: CloudDatabase, cursor: Cursor, limit: number, until: number): Promise<ScanDoc[]> {
  const _ = db.command;
  const scans = db.collection(COLLECTIONS.scans);
  const out: ScanDoc[] = [];
  let at = { t: cursor.t, id: cursor.id };
  while (out.length < limit) {
    const want = Math.min(PAGE, limit - out.length);
    // Same millisecond first (by id), then later ones: a cursor that needs no `_.or`.
    let { data } = await scans
      .where({ insertedAt: new Date(at.t), _id: _.gt(at.id) })
      .orderBy('_id', 'asc')
      .limit(want)
      .get();
    if (data.length === 0) {
      if (at.t >= until) break;
      ({ data } = await scans
        .where({ insertedAt: _.and(_.gt(new Date(at.t)), _.lte(new Date(until))) })
        .orderBy('insertedAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(want)
        .get());
    }
    if (data.length === 0) break;
    out.push(...(data as ScanDoc[]));
    const last = data[data.length - 1];
    at = { t: ms(last.insertedAt), id: last._id };
  }
  return out;
}

async function postsById(db: CloudDatabase, postIds: string[]): Promise<Map<string, Post>> {
  const out = new Map<string, Post>();
  for (const part of chunk([...new Set(postIds)])) {
    const { data } = await db
      .collection(COLLECTIONS.posts)
      .where({ _id: db.command.in(part) })
      .limit(PAGE)
      .get();
    for (const d of data) out.set(d._id, fromDoc.post(d));
  }
  return out;
}

/** The subjects of a scan of `post`, as scope.ts scanSubjects lists them. */
export function subjectsOf(post: Post): string[] {
  return [post.id, post.villageCode, post.townshipCode, post.countyCode, CITY_CODE];
}

/** Adds the scans to hour and cell documents, once for run `run`. */
async function fold(db: CloudDatabase, scans: ScanDoc[], run: number): Promise<void> {
  const posts = await postsById(
    db,
    scans.map((s) => s.postId),
  );
  const hours = new Map<string, { subject: string; day: string; inc: Record<string, number> }>();
  const cells = new Map<string, { doc: Record<string, unknown>; n: number }>();
  for (const s of scans) {
    const post = posts.get(s.postId);
    if (!post) continue;
    const day = dayKey(s.at);
    const hour = `h.h${cstHour(s.at)}`;
    for (const subject of subjectsOf(post)) {
      const key = ids.dailyStat(subject, day);
      const entry = hours.get(key) ?? { subject, day, inc: {} };
      entry.inc[hour] = (entry.inc[hour] ?? 0) + 1;
      hours.set(key, entry);
    }
    if (s.cell) {
      const id = ids.outsideCell(post.id, day, s.cell.lat, s.cell.lng);
      const doc = { villageCode: post.villageCode, townshipCode: post.townshipCode, postId: post.id, day, ...s.cell };
      cells.set(id, { doc, n: (cells.get(id)?.n ?? 0) + 1 });
    }
  }
  await mapParallel([...hours], async ([id, e]) => {
    const h: Record<string, number> = {};
    for (const [path, n] of Object.entries(e.inc)) h[path.slice(2)] = n;
    await addOnce(db, COLLECTIONS.hourStats, id, run, e.inc, { subject: e.subject, day: e.day, h });
  });
  await mapParallel([...cells], ([id, c]) =>
    addOnce(db, COLLECTIONS.outsideCells, id, run, { count: c.n }, { ...c.doc, count: c.n }),
  );
  await foldBoards(db, scans, posts, run);
}

/** How one rollup run is bounded: its time budget (ms) and the clock it is measured with. */
export interface RollupBudget {
  budgetMs: number;
  now: () => number;
}

/** Folds one page of scans under a new run number, saving its place before and after (see the file comment). */
async function foldPage(db: CloudDatabase, cursor: Cursor, scans: ScanDoc[]): Promise<Cursor> {
  const last = scans[scans.length - 1];
  const pending: PendingRun = { run: cursor.run + 1, to: { t: ms(last.insertedAt), id: last._id } };
  await writeMeta(db, CLOUD_META.pending, pending);
  await fold(db, scans, pending.run);
  const next = { ...pending.to, run: pending.run };
  await writeMeta(db, CLOUD_META.cursor, next);
  await db.collection(COLLECTIONS.meta).doc(CLOUD_META.pending).remove();
  return next;
}

/**
 * One rollup run (see the file comment): at most `limit` scans, a page at a time with its place saved after each,
 * while the first half of the time budget lasts; then cumulative totals while the rest lasts. A backlog is caught
 * up over as many runs as it takes, each within its function's timeout.
 */
export async function rollup(
  db: CloudDatabase,
  limit: number,
  at: number,
  settleMs: number,
  horizon: HorizonCache,
  budget: RollupBudget,
): Promise<RollupOutcome> {
  const started = budget.now();
  const within = (share: number) => () => budget.now() - started < budget.budgetMs * share;
  let cursor = (await readMeta<Cursor>(db, CLOUD_META.cursor)) ?? { t: 0, id: '', run: 0 };
  const until = Date.now() - settleMs;
  const pending = await readMeta<PendingRun>(db, CLOUD_META.pending);
  let folded = 0;
  if (pending) {
    // A run cut short: replay its page under the same number; documents it already added to are skipped.
    const replay = (await scansAfter(db, cursor, Infinity, pending.to.t)).filter(
      (s) => ms(s.insertedAt) < pending.to.t || (ms(s.insertedAt) === pending.to.t && s._id <= pending.to.id),
    );
    await fold(db, replay, pending.run);
    cursor = { ...pending.to, run: pending.run };
    await writeMeta(db, CLOUD_META.cursor, cursor);
    await db.collection(COLLECTIONS.meta).doc(CLOUD_META.pending).remove();
    folded += replay.length;
  }
  let drained = false;
  const foldWithin = within(0.5);
  while (folded < limit && foldWithin()) {
    const scans = await scansAfter(db, cursor, Math.min(PAGE, limit - folded), until);
    if (scans.length === 0) {
      drained = true;
      break;
    }
    cursor = await foldPage(db, cursor, scans);
    folded += scans.length;
  }
  const cumulative = await refreshCumulative(db, within(1));
  await healDirectory(db, at);
  await prune(db, at, horizon);
  await writeMeta(db, ROLLUP_META.rolledAt, String(at));
  const left = !drained && (await scansAfter(db, cursor, 1, until)).length > 0;
  return { scans: folded, subjects: cumulative.subjects, more: left || cumulative.more, rolledAt: at };
}

/** How often the rollup rewrites the county post directories from the posts themselves (boards.ts). */
const DIRECTORY_HEAL_MS = 6 * 3600_000;

async function healDirectory(db: CloudDatabase, at: number): Promise<void> {
  const built = await readText(db, CLOUD_META.directoryAt);
  if (built !== null && at - Number(built) < DIRECTORY_HEAL_MS && at >= Number(built)) return;
  await rebuildDirectory(db);
  await writeMeta(db, CLOUD_META.directoryAt, String(at));
}

/** Moves the visitor-day horizon forward to that of `at` (never back), deleting the days it passes. */
async function prune(db: CloudDatabase, at: number, horizon: HorizonCache): Promise<void> {
  const day = visitorHorizon(at);
  const stored = await readText(db, ROLLUP_META.visitorHorizon);
  if (stored !== null && stored >= day) return;
  await db
    .collection(COLLECTIONS.visitorDays)
    .where({ day: db.command.lte(dayBefore(day)) })
    .remove();
  await writeMeta(db, ROLLUP_META.visitorHorizon, day);
  horizon.set(day);
}
