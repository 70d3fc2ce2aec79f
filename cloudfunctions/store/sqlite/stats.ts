/**
 * The embedded store's statistics (统计): daily counters, the reads of the rollups (stats-reads.ts), a region's post
 * board, and the rollup and repair runs (rollup.ts), which first commit the scans still queued.
 */
import type Database from 'better-sqlite3';
import type { StatsPort } from '../port';
import { toDailyStat } from './mappers';
import { rollupParts } from './rollup';
import type { Statements } from './statements';
import { statsReads } from './stats-reads';

/** The stats group of one connection; `flushScans` commits the scans the group commit still holds. */
export function sqliteStats(
  db: Database.Database,
  st: Statements,
  postIdsIn: (prefix: string) => Promise<string[]>,
  flushScans: () => void,
): StatsPort {
  const reads = statsReads(db);
  const rollups = rollupParts(db, st);
  return {
    daily: async (subject, days) =>
      days.length ? st.dailyStats.all(subject, JSON.stringify(days)).map(toDailyStat) : [],
    ...reads,
    postBoard: async (prefix, from, to) => {
      const ids = await postIdsIn(prefix);
      const [totals, last] = await Promise.all([reads.periodTotals(ids, from, to), reads.lastScanDays(ids)]);
      return { counts: new Map(totals.map((t) => [t.subject, t.count])), last };
    },
    rollup: async (limit, at) => {
      // Scans still queued for the group commit go in first, so a rollup sees every scan already answered.
      flushScans();
      return rollups.rollup(limit, at);
    },
    rolledAt: rollups.rolledAt,
    rebuild: async (at) => {
      flushScans();
      return rollups.rebuild(at);
    },
  };
}
