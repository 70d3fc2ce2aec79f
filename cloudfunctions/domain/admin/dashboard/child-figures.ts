/**
 * Figures of the drill-down children over a period. Days up to the last rollup come from the cumulative rollups
 * (two index seeks per child, whatever the length of the period); only the days since come from the daily
 * counters. A year of a county's 20 townships is then a few dozen reads instead of 7,000 daily rows.
 */
import type { Figures, ResolvedPeriod } from '~/types/api/dashboard';
import { dayKey } from '~/types/day';
import type { Store } from '~/cloudfunctions/store/port';
import { addDays } from './days';
import { addStat, sumBySubject } from './figures';

/** Figures per child id over the period (children without scans get zeros). */
export async function childFigures(
  store: Store,
  ids: string[],
  period: Pick<ResolvedPeriod, 'from' | 'to'>,
  rolledAt: number | null,
): Promise<Map<string, Figures>> {
  if (ids.length === 0) return new Map();
  // The day of the last rollup may have had scans after it: it is read from the daily counters, as are later days.
  const fresh = rolledAt === null ? period.from : dayKey(rolledAt);
  const freshFrom = fresh > period.from ? fresh : period.from;
  const rolledTo = addDays(freshFrom, -1) < period.to ? addDays(freshFrom, -1) : period.to;
  const [totals, recent] = await Promise.all([
    period.from <= rolledTo ? store.stats.periodTotals(ids, period.from, rolledTo) : [],
    freshFrom <= period.to ? store.stats.range(ids, freshFrom, period.to) : [],
  ]);
  const out = sumBySubject(recent, ids, freshFrom, period.to);
  for (const t of totals) {
    const f = out.get(t.subject);
    if (f) addStat(f, t);
  }
  return out;
}
