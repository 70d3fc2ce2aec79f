/** The trend chart's bars: days for periods up to 31 days, weeks (7 days from the start) up to 92, months beyond. */
import type { ResolvedPeriod, TrendPoint } from '~/types/api/dashboard';
import type { DailyStat } from '~/types/domain';
import { shortDay } from '~/types/day';
import { addDays, nextMonthStart } from './days';

/** The unit of the bars for a period of `days` days. */
export function trendUnit(days: number): 'day' | 'week' | 'month' {
  if (days <= 31) return 'day';
  return days <= 92 ? 'week' : 'month';
}

/** The start days of the buckets of a period, with their labels (11-28, 11-22起, 2026年1月 / 2月). */
export function trendBuckets(period: Pick<ResolvedPeriod, 'from' | 'to' | 'days'>): { from: string; label: string }[] {
  const unit = trendUnit(period.days);
  const out: { from: string; label: string }[] = [];
  if (unit === 'month') {
    for (let d = period.from; d <= period.to; d = nextMonthStart(d)) {
      const y = d.slice(0, 4);
      const m = Number(d.slice(4, 6));
      // The year is written where it may be unclear: on the first bar and on every January.
      out.push({ from: d, label: out.length === 0 || m === 1 ? `${y}年${m}月` : `${m}月` });
    }
    return out;
  }
  const step = unit === 'day' ? 1 : 7;
  for (let d = period.from; d <= period.to; d = addDays(d, step)) {
    out.push({ from: d, label: unit === 'day' ? shortDay(d) : `${shortDay(d)}起` });
  }
  return out;
}

/** The bars of the subject's daily rows over the period (days outside it are ignored). */
export function buildTrend(rows: DailyStat[], period: ResolvedPeriod): TrendPoint[] {
  const buckets = trendBuckets(period);
  const points: TrendPoint[] = buckets.map((b) => ({ from: b.from, label: b.label, scans: 0, visitors: 0 }));
  for (const r of rows) {
    if (r.day < period.from || r.day > period.to) continue;
    // Buckets are few (≤ 31) and sorted: the last one starting on or before the day holds it.
    let i = points.length - 1;
    while (i > 0 && points[i].from > r.day) i--;
    points[i].scans += r.count;
    points[i].visitors += r.unique;
  }
  return points;
}
