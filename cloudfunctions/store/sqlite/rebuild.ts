/**
 * The embedded store's repair command: every aggregate deleted and recomputed from raw scans joined to posts, in
 * the caller's transaction, with INSERT … SELECT … GROUP BY so no row crosses into JavaScript.
 *
 * Sorting dominates the cost (a GROUP BY over a million rows is a sort of a million rows), so the steps are laid
 * out to sort as little as possible: visits (post, day, visitor) are grouped once into a table keyed in that order,
 * which gives the post-level daily rows without another sort; region levels need their own distinct-visitor sorts.
 * Hours are grouped once per post and rolled up level by level (village → township → county → city), each step
 * reading the smaller level below it; this relies on codes nesting (a post's village lies in its township…).
 */
import type Database from 'better-sqlite3';
import { CITY_CODE } from '~/types/ids';
import { ROLLUP_META, visitorHorizon } from '../rollups';
import { DAY_SQL, HOUR_SQL, LEVELS } from './rollup-sql';
import type { Statements } from './statements';

/** Daily rows of one level from the visits: region levels count distinct visitors, a post's visits are distinct. */
function dailyFromVisits(subject: string, unique: string, groupBy: string): string {
  return `INSERT INTO daily_stats (subject, day, count, unique_visitors, in_circle, with_location, dirty)
    SELECT ${subject}, v.day, sum(v.n), ${unique}, sum(v.inc), sum(v.loc), 0
    FROM rebuild_visits v JOIN posts p ON p.id = v.post_id
    GROUP BY ${groupBy}`;
}

/** Hour rows of a level from the rows of the level below, through a (lower → upper) code map. */
function hoursFromBelow(map: string): string {
  return `INSERT INTO hour_stats (subject, day, hour, count)
    SELECT m.upper, h.day, h.hour, sum(h.count) FROM (${map}) m JOIN hour_stats h ON h.subject = m.lower
    GROUP BY m.upper, h.day, h.hour`;
}

/** Rebuilds every aggregate at `at`; the caller holds the transaction. Returns how many scans there are. */
export function rebuildAll(db: Database.Database, shared: Statements, at: number): { scans: number } {
  const horizon = visitorHorizon(at);
  db.exec(`DELETE FROM daily_stats; DELETE FROM visitor_days; DELETE FROM visitor_log; DELETE FROM hour_stats; DELETE FROM outside_cells;
    DELETE FROM cum_stats;
    DROP TABLE IF EXISTS temp.rebuild_visits;
    CREATE TEMP TABLE rebuild_visits (
      post_id TEXT NOT NULL, day TEXT NOT NULL, visitor TEXT NOT NULL,
      n INTEGER NOT NULL, inc INTEGER NOT NULL, loc INTEGER NOT NULL,
      PRIMARY KEY (post_id, day, visitor)) WITHOUT ROWID;
    INSERT INTO rebuild_visits (post_id, day, visitor, n, inc, loc)
      SELECT post_id, ${DAY_SQL} AS day, visitor, count(*), sum(coalesce(in_circle, 0)), sum(distance_m IS NOT NULL)
      FROM scans GROUP BY post_id, day, visitor;`);

  db.exec(dailyFromVisits('v.post_id', 'count(*)', 'v.post_id, v.day'));
  for (const level of LEVELS) db.exec(dailyFromVisits(`p.${level}`, 'count(DISTINCT v.visitor)', `p.${level}, v.day`));
  db.exec(dailyFromVisits(`'${CITY_CODE}'`, 'count(DISTINCT v.visitor)', 'v.day'));
  // One row per (day, visitor) listing every subject it was counted in (steps/visitor-day-rows.ts); UNION makes
  // the subjects distinct.
  const subjectsOfVisits = ['v.post_id', ...LEVELS.map((l) => `p.${l}`), `'${CITY_CODE}'`]
    .map(
      (s) => `SELECT v.day, v.visitor, ${s} AS subject FROM rebuild_visits v JOIN posts p ON p.id = v.post_id
      WHERE v.day >= @horizon`,
    )
    .join(' UNION ');
  db.prepare<{ horizon: string }>(
    `INSERT INTO visitor_days (day, visitor, subjects)
     SELECT day, visitor, group_concat(subject, ' ') FROM (${subjectsOfVisits}) GROUP BY day, visitor`,
  ).run({ horizon });
  db.exec(`DROP TABLE temp.rebuild_visits;
    INSERT INTO cum_stats (subject, day, count, unique_visitors, in_circle, with_location)
    SELECT subject, day, sum(count) OVER w, sum(unique_visitors) OVER w, sum(in_circle) OVER w,
      sum(with_location) OVER w
    FROM daily_stats WINDOW w AS (PARTITION BY subject ORDER BY day ROWS UNBOUNDED PRECEDING);`);

  db.exec(`INSERT INTO hour_stats (subject, day, hour, count)
      SELECT s.post_id, ${DAY_SQL} AS day, ${HOUR_SQL} AS hour, count(*)
      FROM scans s JOIN posts p ON p.id = s.post_id GROUP BY s.post_id, day, hour;
    ${hoursFromBelow('SELECT id AS lower, village_code AS upper FROM posts')};
    ${hoursFromBelow('SELECT DISTINCT village_code AS lower, township_code AS upper FROM posts')};
    ${hoursFromBelow('SELECT DISTINCT township_code AS lower, county_code AS upper FROM posts')};
    ${hoursFromBelow(`SELECT DISTINCT county_code AS lower, '${CITY_CODE}' AS upper FROM posts`)};
    INSERT INTO outside_cells (village_code, day, cell_lat, cell_lng, post_id, township_code, count)
      SELECT p.village_code, ${DAY_SQL} AS day, s.cell_lat, s.cell_lng, s.post_id, p.township_code, count(*)
      FROM scans s JOIN posts p ON p.id = s.post_id
      WHERE s.cell_lat IS NOT NULL AND s.cell_lng IS NOT NULL
      GROUP BY p.village_code, day, s.cell_lat, s.cell_lng, s.post_id;`);

  const max = db.prepare<[], number | null>('SELECT max(rowid) FROM scans').pluck().get() ?? 0;
  shared.metaSet.run(ROLLUP_META.scanRowid, String(max));
  shared.metaSet.run(ROLLUP_META.visitorHorizon, horizon);
  shared.metaSet.run(ROLLUP_META.rolledAt, String(at));
  return { scans: shared.countScans.get() ?? 0 };
}
