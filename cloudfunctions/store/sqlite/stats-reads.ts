/**
 * The embedded store's statistics reads: daily rows of a period, period totals from the cumulative
 * rollup (two index seeks per subject), last scan days, hours of day and out-of-circle cells. None reads raw scans.
 */
import type Database from 'better-sqlite3';
import type { OutsideCell, PeriodTotal, Store } from '../port';
import { toDailyStat, type DailyStatDbRow } from './mappers';
import { prefixEnd } from './ranges';

/** Subjects per statement: json_each makes any length one statement, this only bounds one call's result. */
const SUBJECTS_PER_CALL = 1000;

function prepare(db: Database.Database) {
  return {
    range: db.prepare<[string, string, string], DailyStatDbRow>(
      `SELECT * FROM daily_stats
       WHERE subject IN (SELECT value FROM json_each(?)) AND day BETWEEN ? AND ?
       ORDER BY subject, day`,
    ),
    // Per subject: the last cumulative row through `to` minus the last one before `from`; each max() is one seek
    // on the primary key (subject, day), each join one more probe.
    periodTotals: db.prepare<[{ subjects: string; from: string; to: string }], PeriodTotal>(
      `WITH ends AS (
         SELECT s.value AS subject,
           (SELECT max(day) FROM cum_stats c WHERE c.subject = s.value AND c.day <= @to) AS hi,
           (SELECT max(day) FROM cum_stats c WHERE c.subject = s.value AND c.day < @from) AS lo
         FROM (SELECT DISTINCT value FROM json_each(@subjects)) s)
       SELECT e.subject,
         h.count - coalesce(l.count, 0) AS count,
         h.unique_visitors - coalesce(l.unique_visitors, 0) AS "unique",
         h.in_circle - coalesce(l.in_circle, 0) AS inCircle,
         h.with_location - coalesce(l.with_location, 0) AS withLocation
       FROM ends e
       JOIN cum_stats h ON h.subject = e.subject AND h.day = e.hi
       LEFT JOIN cum_stats l ON l.subject = e.subject AND l.day = e.lo
       WHERE h.count - coalesce(l.count, 0) > 0
       ORDER BY e.subject`,
    ),
    lastDays: db.prepare<[string], { subject: string; day: string }>(
      `SELECT subject, day FROM (
         SELECT s.value AS subject, (SELECT max(day) FROM cum_stats c WHERE c.subject = s.value) AS day
         FROM (SELECT DISTINCT value FROM json_each(?)) s)
       WHERE day IS NOT NULL`,
    ),
    hours: db.prepare<[string, string, string], { hour: number; n: number }>(
      `SELECT hour, sum(count) AS n FROM hour_stats WHERE subject = ? AND day BETWEEN ? AND ? GROUP BY hour`,
    ),
    // Per cell: the total over its posts, and the post with most scans there (ties: the smaller id).
    outsideCells: db.prepare<[string, string, string, string], OutsideCell>(
      `WITH per_post AS (
         SELECT cell_lat, cell_lng, post_id, township_code, sum(count) AS n FROM outside_cells
         WHERE village_code >= ? AND village_code < ? AND day BETWEEN ? AND ?
         GROUP BY cell_lat, cell_lng, post_id),
       ranked AS (
         SELECT *, sum(n) OVER cell AS total,
           row_number() OVER (PARTITION BY cell_lat, cell_lng ORDER BY n DESC, post_id) AS rank
         FROM per_post WINDOW cell AS (PARTITION BY cell_lat, cell_lng))
       SELECT cell_lat AS lat, cell_lng AS lng, total AS count, post_id AS postId, township_code AS townshipCode
       FROM ranked WHERE rank = 1
       ORDER BY total DESC, lat, lng`,
    ),
  };
}

/** The statistics reads of the port built here; stats.ts assembles them with rollup.ts's. */
export type StatsReads = Pick<Store['stats'], 'range' | 'periodTotals' | 'lastScanDays' | 'hours' | 'outsideCells'>;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += SUBJECTS_PER_CALL) out.push(items.slice(i, i + SUBJECTS_PER_CALL));
  return out;
}

/** Prepares the statements and builds the statistics reads of one connection. */
export function statsReads(db: Database.Database): StatsReads {
  const st = prepare(db);
  return {
    range: async (subjects, from, to) =>
      from > to
        ? []
        : chunks(subjects)
            .flatMap((part) => st.range.all(JSON.stringify(part), from, to))
            .map(toDailyStat),
    periodTotals: async (subjects, from, to) =>
      from > to
        ? []
        : chunks(subjects).flatMap((part) => st.periodTotals.all({ subjects: JSON.stringify(part), from, to })),
    lastScanDays: async (subjects) => {
      const out = new Map<string, string>();
      for (const part of chunks(subjects))
        for (const r of st.lastDays.all(JSON.stringify(part))) out.set(r.subject, r.day);
      return out;
    },
    hours: async (subject, from, to) => {
      const out = new Array<number>(24).fill(0);
      if (from <= to) for (const r of st.hours.all(subject, from, to)) out[r.hour] = r.n;
      return out;
    },
    outsideCells: async (prefix, from, to) =>
      from > to ? [] : st.outsideCells.all(prefix, prefixEnd(prefix), from, to),
  };
}
