/** Calendar arithmetic on day keys (yyyymmdd, China Standard Time), shared by the dashboard, coverage and export. */

import { CST_OFFSET_MS, DAY_MS } from '~/types/day';

/** The calendar date of a key as a UTC midnight (only for arithmetic on dates, not an instant of the day). */
function dateOf(key: string): number {
  return Date.UTC(Number(key.slice(0, 4)), Number(key.slice(4, 6)) - 1, Number(key.slice(6, 8)));
}

function keyOf(utcMidnight: number): string {
  return new Date(utcMidnight).toISOString().slice(0, 10).replace(/-/g, '');
}

/** True when the key names a day that exists (the schema checks only the shape: 20260230 passes it). */
export function isRealDay(key: string): boolean {
  return keyOf(dateOf(key)) === key;
}

/** The key `n` days after `key` (before, when negative). */
export function addDays(key: string, n: number): string {
  return keyOf(dateOf(key) + n * DAY_MS);
}

/** Days from `from` to `to`, both included (1 for the same day; ≤ 0 when `to` is before `from`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateOf(to) - dateOf(from)) / DAY_MS) + 1;
}

/** The instant (ms) the CST day `key` begins. */
export function dayStartMs(key: string): number {
  return dateOf(key) - CST_OFFSET_MS;
}

/** Weekday of a day, Monday first: 0 = Monday … 6 = Sunday. */
export function weekdayIndex(key: string): number {
  return (new Date(dateOf(key)).getUTCDay() + 6) % 7;
}

/** Every key from `from` to `to`, both included. */
export function dayRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The first day of the month after the one `key` falls in. */
export function nextMonthStart(key: string): string {
  const y = Number(key.slice(0, 4));
  const m = Number(key.slice(4, 6));
  return m === 12 ? `${y + 1}0101` : `${y}${String(m + 1).padStart(2, '0')}01`;
}
