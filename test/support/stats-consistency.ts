/**
 * The statistics' own consistency on the embedded store: the daily counters (per post, per region, the city) as
 * the timer leaves them, against the same counters rebuilt from the raw scans (the repair command), and each
 * cumulative row against the running sum of the daily rows.
 */
import { runTick } from '~/cloudfunctions/domain/cron/tick';
import { NO_PUSH } from '~/cloudfunctions/domain/context';
import type { SqliteStore } from '~/cloudfunctions/store/sqlite';
import { repair } from '~/scripts/repair';

type Row = Record<string, number | string>;

const DAILY = `SELECT subject, day, count, unique_visitors, in_circle, with_location FROM daily_stats
  WHERE count > 0 OR unique_visitors > 0 ORDER BY subject, day`;
const CUM = `SELECT subject, day, count, unique_visitors, in_circle, with_location FROM cum_stats ORDER BY subject, day`;

/** Post-days whose counter differs from a count of the raw scans of that post and CST day. */
export function postDayMismatches(store: SqliteStore): Row[] {
  return store.db
    .prepare(
      `WITH raw AS (SELECT post_id subject, strftime('%Y%m%d', at / 1000 + 28800, 'unixepoch') day, count(*) n
         FROM scans GROUP BY 1, 2),
       kept AS (SELECT d.subject, d.day, d.count n FROM daily_stats d JOIN posts p ON p.id = d.subject)
       SELECT raw.subject, raw.day, raw.n raw, kept.n kept FROM raw LEFT JOIN kept USING (subject, day)
         WHERE kept.n IS NOT raw.n
       UNION ALL
       SELECT kept.subject, kept.day, NULL, kept.n FROM kept LEFT JOIN raw USING (subject, day)
         WHERE raw.n IS NULL AND kept.n > 0`,
    )
    .all() as Row[];
}

/** Cumulative rows that are not the running sum of the daily rows of their subject. */
export function cumulativeMismatches(store: SqliteStore): Row[] {
  return store.db
    .prepare(
      `SELECT c.subject, c.day, c.count cum, (SELECT TOTAL(d.count) FROM daily_stats d
         WHERE d.subject = c.subject AND d.day <= c.day) summed
       FROM cum_stats c WHERE c.count != (SELECT TOTAL(d.count) FROM daily_stats d
         WHERE d.subject = c.subject AND d.day <= c.day)`,
    )
    .all() as Row[];
}

/**
 * The counters as the live path left them (after the timer's run), their disagreements with the raw scans and the
 * daily sums, then the same counters rebuilt from the raw scans.
 */
export async function liveAndRebuilt(store: SqliteStore, now: number) {
  const tick = await runTick({ store, now, pusher: NO_PUSH });
  const live = { daily: store.db.prepare(DAILY).all(), cumulative: store.db.prepare(CUM).all() };
  const mismatches = { postDays: postDayMismatches(store), cumulative: cumulativeMismatches(store) };
  const report = await repair(store, now);
  const rebuilt = { daily: store.db.prepare(DAILY).all(), cumulative: store.db.prepare(CUM).all() };
  return { live, rebuilt, mismatches, scans: report.scans, rollup: tick.rollup, rollupError: tick.rollupError };
}
