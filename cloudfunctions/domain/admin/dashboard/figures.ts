/** Headline figures (扫码次数, 访客人次, 诉求…) summed from daily counters, and the weekday pattern. */
import type { Figures } from '~/types/api/dashboard';
import type { DailyStat } from '~/types/domain';
import { weekdayIndex } from './days';

/** Figures with nothing counted. */
export function emptyFigures(): Figures {
  return { scans: 0, visitors: 0, requests: 0, inCircle: 0, withLocation: 0 };
}

/** Adds one daily row (or period total) into `into`. */
export function addStat(into: Figures, row: Pick<DailyStat, 'count' | 'unique' | 'inCircle' | 'withLocation'>): void {
  into.scans += row.count;
  into.visitors += row.unique;
  into.inCircle += row.inCircle;
  into.withLocation += row.withLocation;
}

/** The figures of the rows whose day lies in [from, to]; requests are counted elsewhere and passed in. */
export function sumDays(rows: DailyStat[], from: string, to: string, requests: number): Figures {
  const out = emptyFigures();
  for (const r of rows) if (r.day >= from && r.day <= to) addStat(out, r);
  out.requests = requests;
  return out;
}

/** Figures per subject over [from, to] (subjects without rows get zeros when listed in `ids`). */
export function sumBySubject(rows: DailyStat[], ids: string[], from: string, to: string): Map<string, Figures> {
  const out = new Map(ids.map((id) => [id, emptyFigures()]));
  for (const r of rows) {
    const f = out.get(r.subject);
    if (f && r.day >= from && r.day <= to) addStat(f, r);
  }
  return out;
}

/** Scans by weekday (Monday first) over the rows whose day lies in [from, to]. */
export function weekdayScans(rows: DailyStat[], from: string, to: string): number[] {
  const out = new Array<number>(7).fill(0);
  for (const r of rows) if (r.day >= from && r.day <= to) out[weekdayIndex(r.day)] += r.count;
  return out;
}
