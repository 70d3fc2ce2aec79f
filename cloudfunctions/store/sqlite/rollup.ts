/**
 * The embedded store's rollups: the incremental run of the timer and the repair command.
 *
 * rollup(limit, at), one IMMEDIATE transaction: (a) fold raw scans past the rowid watermark (at most `limit`) into
 * hour_stats and outside_cells, for the post and its village, township, county and the city, taken from the posts
 * table; (b) for each subject with dirty daily rows, rewrite its cumulative rows from its earliest dirty day on
 * (on top of the cumulative row just before) and clear the flags; (c) prune visitor days before the horizon
 * (rollups.ts); (d) record the time. A run with nothing new changes no aggregate.
 *
 * rebuild(at), one transaction: every aggregate is deleted and recomputed from raw scans (rebuild.ts).
 */
import type Database from 'better-sqlite3';
import { CITY_CODE } from '~/types/ids';
import type { RollupOutcome } from '../port';
import { ROLLUP_META, visitorHorizon } from '../rollups';
import { rebuildAll } from './rebuild';
import { DAY_SQL, HOUR_SQL, LEVELS } from './rollup-sql';
import type { Statements } from './statements';
import { writeTransaction } from './write-transaction';

/** Page cache of a rebuild (negative: KiB, as SQLite's cache_size pragma takes it). */
const REBUILD_CACHE_KIB = -131072;

/** Per subject: the post, its region codes and the city, over `rows` joined to posts as `p`. */
function perSubject(select: (subject: string) => string): string {
  return ['f.post_id', ...LEVELS.map((l) => `p.${l}`), '@city'].map(select).join('\nUNION ALL\n');
}

interface Cum {
  count: number;
  unique_visitors: number;
  in_circle: number;
  with_location: number;
}
const ZERO: Cum = { count: 0, unique_visitors: 0, in_circle: 0, with_location: 0 };

function prepare(db: Database.Database) {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS fold_scans (
    post_id TEXT NOT NULL, day TEXT NOT NULL, hour INTEGER NOT NULL, cell_lat REAL, cell_lng REAL, n INTEGER NOT NULL)`);
  return {
    batchEnd: db.prepare<[number, number], { hi: number | null; n: number }>(
      `SELECT max(rowid) AS hi, count(*) AS n FROM (SELECT rowid FROM scans WHERE rowid > ? ORDER BY rowid LIMIT ?)`,
    ),
    hasAfter: db.prepare<[number], number>('SELECT 1 FROM scans WHERE rowid > ? LIMIT 1').pluck(),
    clearFold: db.prepare('DELETE FROM fold_scans'),
    // Scans of a rowid range, counted per post, day, hour and cell: every later step reads this small table.
    fold: db.prepare<[{ lo: number; hi: number }]>(
      `INSERT INTO fold_scans (post_id, day, hour, cell_lat, cell_lng, n)
       SELECT post_id, ${DAY_SQL}, ${HOUR_SQL}, cell_lat, cell_lng, count(*) FROM scans
       WHERE rowid > @lo AND rowid <= @hi
       GROUP BY 1, 2, 3, 4, 5`,
    ),
    foldHours: db.prepare<[{ city: string }]>(
      `INSERT INTO hour_stats (subject, day, hour, count)
       SELECT subject, day, hour, sum(n) FROM (
         ${perSubject((s) => `SELECT ${s} AS subject, f.day, f.hour, f.n FROM fold_scans f JOIN posts p ON p.id = f.post_id`)}
       ) WHERE true GROUP BY subject, day, hour
       ON CONFLICT (subject, day, hour) DO UPDATE SET count = count + excluded.count`,
    ),
    foldCells: db.prepare(
      `INSERT INTO outside_cells (village_code, day, cell_lat, cell_lng, post_id, township_code, count)
       SELECT p.village_code, f.day, f.cell_lat, f.cell_lng, f.post_id, p.township_code, sum(f.n)
       FROM fold_scans f JOIN posts p ON p.id = f.post_id
       WHERE f.cell_lat IS NOT NULL AND f.cell_lng IS NOT NULL
       GROUP BY 1, 2, 3, 4, 5
       ON CONFLICT (village_code, day, cell_lat, cell_lng, post_id) DO UPDATE SET count = count + excluded.count`,
    ),
    dirtySubjects: db.prepare<[], { subject: string; day: string }>(
      'SELECT subject, min(day) AS day FROM daily_stats WHERE dirty = 1 GROUP BY subject',
    ),
    cumBefore: db.prepare<[string, string], Cum>(
      `SELECT count, unique_visitors, in_circle, with_location FROM cum_stats
       WHERE subject = ? AND day < ? ORDER BY day DESC LIMIT 1`,
    ),
    // Daily rows are never deleted (only by rebuild), so every cumulative row from `day` on is replaced here.
    writeCum: db.prepare<[Cum & { subject: string; day: string }]>(
      `INSERT OR REPLACE INTO cum_stats (subject, day, count, unique_visitors, in_circle, with_location)
       SELECT subject, day,
         @count + sum(count) OVER w, @unique_visitors + sum(unique_visitors) OVER w,
         @in_circle + sum(in_circle) OVER w, @with_location + sum(with_location) OVER w
       FROM daily_stats WHERE subject = @subject AND day >= @day
       WINDOW w AS (ORDER BY day ROWS UNBOUNDED PRECEDING)`,
    ),
    clearDirty: db.prepare<[string]>('UPDATE daily_stats SET dirty = 0 WHERE subject = ? AND dirty = 1'),
    prune: db.prepare<[string]>('DELETE FROM visitor_days WHERE day < ?'),
    pruneLog: db.prepare<[string]>('DELETE FROM visitor_log WHERE day < ?'),
  };
}

type RollupStatements = ReturnType<typeof prepare>;

/** The rollup methods of the stats group; stats.ts assembles them. */
export interface RollupParts {
  rollup(limit: number, at: number): Promise<RollupOutcome>;
  rolledAt(): Promise<number | null>;
  rebuild(at: number): Promise<{ scans: number }>;
}

function foldRange(st: RollupStatements, lo: number, hi: number): void {
  st.clearFold.run();
  st.fold.run({ lo, hi });
  st.foldHours.run({ city: CITY_CODE });
  st.foldCells.run();
  st.clearFold.run();
}

function refreshCumulative(st: RollupStatements): number {
  const dirty = st.dirtySubjects.all();
  for (const { subject, day } of dirty) {
    st.writeCum.run({ ...(st.cumBefore.get(subject, day) ?? ZERO), subject, day });
    st.clearDirty.run(subject);
  }
  return dirty.length;
}

/**
 * Moves the visitor-day horizon forward to that of `at` (never back), deleting the days it passes; never past that
 * of the real time `realNow`: a tick run hours ahead (a demo's) would otherwise delete days still being counted.
 */
function prune(st: RollupStatements, shared: Statements, at: number, realNow: number): void {
  const horizon = visitorHorizon(Math.min(at, realNow));
  const stored = shared.metaGet.get(ROLLUP_META.visitorHorizon);
  if (stored !== undefined && stored >= horizon) return;
  st.prune.run(horizon);
  st.pruneLog.run(horizon);
  shared.metaSet.run(ROLLUP_META.visitorHorizon, horizon);
}

/** Prepares the statements and builds rollup, rolledAt and rebuild over one connection. */
export function rollupParts(
  db: Database.Database,
  shared: Statements,
  clock: () => number = () => Date.now(),
): RollupParts {
  const st = prepare(db);
  const run = writeTransaction(db, (limit: number, at: number): RollupOutcome => {
    const lo = Number(shared.metaGet.get(ROLLUP_META.scanRowid) ?? 0);
    const batch = limit > 0 ? st.batchEnd.get(lo, limit) : undefined;
    const hi = batch?.hi ?? lo;
    if (hi > lo) {
      foldRange(st, lo, hi);
      shared.metaSet.run(ROLLUP_META.scanRowid, String(hi));
    }
    const subjects = refreshCumulative(st);
    prune(st, shared, at, clock());
    shared.metaSet.run(ROLLUP_META.rolledAt, String(at));
    const more = st.hasAfter.get(hi) !== undefined;
    return { scans: batch?.n ?? 0, subjects, more, rolledAt: at };
  });
  const rebuildTx = writeTransaction(db, (at: number): { scans: number } => rebuildAll(db, shared, at));
  // The rebuild's sorts and B-tree inserts run about a third faster with a larger page cache than the 2 MB default.
  const rebuild = (at: number): { scans: number } => {
    const before = db.pragma('cache_size', { simple: true }) as number;
    db.pragma(`cache_size = ${REBUILD_CACHE_KIB}`);
    try {
      return rebuildTx(at);
    } finally {
      db.pragma(`cache_size = ${before}`);
    }
  };
  return {
    rollup: async (limit, at) => run(limit, at),
    rolledAt: async () => {
      const v = shared.metaGet.get(ROLLUP_META.rolledAt);
      return v === undefined ? null : Number(v);
    },
    rebuild: async (at) => rebuild(at),
  };
}
