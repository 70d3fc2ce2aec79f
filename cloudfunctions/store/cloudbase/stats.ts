/**
 * Statistics (统计) on CloudBase: daily counters, the reads of the rollups (stats-reads.ts), the county boards
 * (boards.ts), and the timer's rollup and the repair command's rebuild (rollup.ts, rebuild.ts).
 */
import type { StatsPort } from '../port';
import { ROLLUP_META } from '../rollups';
import { boardCells, postBoard } from './boards';
import { COLLECTIONS, fromDoc } from './docs';
import { getOrNull } from './query';
import { rebuild } from './rebuild';
import { rollup, type HorizonCache, type RollupBudget } from './rollup';
import { dailyStats } from './scans';
import type { CloudDatabase } from './sdk';
import { cloudStatsReads } from './stats-reads';

/** The stats group over a CloudBase database; `settleMs` and `budget` as CloudbaseOptions describe them. */
export function cloudStats(
  db: CloudDatabase,
  horizon: HorizonCache,
  settleMs: number,
  budget: RollupBudget,
): StatsPort {
  const reads = cloudStatsReads(db);
  return {
    daily: async (subject, days) => (await dailyStats(db, subject, days)).map(fromDoc.dailyStat),
    ...reads,
    // From the county cell documents when the directories exist (a constant number of reads), else per cell day.
    outsideCells: async (prefix, from, to) =>
      from > to ? [] : ((await boardCells(db, prefix, from, to)) ?? reads.outsideCells(prefix, from, to)),
    postBoard: (prefix, from, to) => postBoard(db, prefix, from, to),
    rollup: (limit, at) => rollup(db, limit, at, settleMs, horizon, budget),
    rolledAt: async () => {
      const doc = await getOrNull(db.collection(COLLECTIONS.meta).doc(ROLLUP_META.rolledAt));
      return doc && typeof doc.value === 'string' ? Number(doc.value) : null;
    },
    rebuild: (at) => rebuild(db, at, horizon),
  };
}
