/** How the dashboard words its numbers: changes from the previous period, shares, days and times. */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { Figures } from '~/types/api/dashboard';
import { STRINGS } from './strings';
import { formatDuration } from '~/types/duration';

dayjs.extend(utc);

/** The direction of a change, which also picks its colour. */
export type Trend = 'up' | 'down' | 'flat' | 'new';

/** A change with its words, e.g. { trend: 'up', text: '↑12%' }. */
export interface Change {
  trend: Trend;
  text: string;
}

/** A count with its thousands grouped (196,815), as the bureau's own forms print it. */
export function countText(n: number): string {
  // Not toLocaleString: the JS engines of older WeChat clients do not all group by locale.
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The change of a count from the previous period: ↑12% / ↓3% / 持平 / 新增. */
export function countChange(now: number, before: number): Change {
  if (before === 0) return now === 0 ? { trend: 'flat', text: STRINGS.flat } : { trend: 'new', text: STRINGS.fresh };
  const pct = Math.round(((now - before) / before) * 100);
  if (pct === 0) return { trend: 'flat', text: STRINGS.flat };
  return pct > 0 ? { trend: 'up', text: STRINGS.up(pct) } : { trend: 'down', text: STRINGS.down(-pct) };
}

/** The in-circle share (0–100), or null without located scans. */
export function circleShare(f: Pick<Figures, 'inCircle' | 'withLocation'>): number | null {
  return f.withLocation > 0 ? (f.inCircle / f.withLocation) * 100 : null;
}

/** A share as "83%" (one decimal under 10%), or 无定位数据. */
export function shareText(pct: number | null): string {
  if (pct === null) return STRINGS.noLocation;
  return `${pct < 10 && pct > 0 ? pct.toFixed(1) : Math.round(pct)}%`;
}

/** The change of a share, in percentage points; 新增 when the previous period had no located scan. */
export function shareChange(now: number | null, before: number | null): Change | null {
  if (now === null) return null;
  if (before === null) return { trend: 'new', text: STRINGS.fresh };
  const points = Math.round(now - before);
  if (points === 0) return { trend: 'flat', text: STRINGS.flat };
  return points > 0
    ? { trend: 'up', text: STRINGS.pointsUp(points) }
    : { trend: 'down', text: STRINGS.pointsDown(-points) };
}

/** "20261128" → "2026-11-28" (what a date Picker speaks). */
export function dashed(key: string): string {
  return `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}`;
}

/** "2026-11-28" → "20261128". */
export function undashed(value: string): string {
  return value.replace(/-/g, '');
}

/** Whole days from day key `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  const ms = (k: string) => Date.UTC(Number(k.slice(0, 4)), Number(k.slice(4, 6)) - 1, Number(k.slice(6, 8)));
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** A time in China as HH:mm. */
export function clockCst(ms: number): string {
  return dayjs(ms)
    .utcOffset(8 * 60)
    .format('HH:mm');
}

/** A duration given in hours, worded as on every page (2分钟, 2.5小时, 36小时); — when unknown. */
export function hoursText(h: number | null): string {
  return h === null ? STRINGS.none : formatDuration(h * 60);
}

/** A 0–100 rate as "92%"; — when unknown. */
export function pctText(p: number | null): string {
  return p === null ? STRINGS.none : `${Math.round(p)}%`;
}
