/** Day keys (yyyymmdd) in China Standard Time (UTC+8), the calendar every count is kept in. */

/** China Standard Time is UTC+8, with no summer time. */
export const CST_OFFSET_MS = 8 * 3600 * 1000;
export const DAY_MS = 24 * 3600 * 1000;

/** CST time as a person writes it: "2026-12-03 20:50". */
export function cstMinute(ms: number): string {
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The first instant of the CST day containing `ms`. */
export function cstDayStart(ms: number): number {
  return Math.floor((ms + CST_OFFSET_MS) / DAY_MS) * DAY_MS - CST_OFFSET_MS;
}

/** The first instant of the CST calendar month containing `ms`, or of the month `back` months before it. */
export function cstMonthStart(ms: number, back = 0): number {
  const d = new Date(ms + CST_OFFSET_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1) - CST_OFFSET_MS;
}

/** The yyyymmdd key of the CST day containing `ms`. */
export function dayKey(ms: number): string {
  const d = new Date(ms + CST_OFFSET_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${y}${m < 10 ? '0' : ''}${m}${day < 10 ? '0' : ''}${day}`;
}

/** The last `n` day keys ending with the day of `ms`, oldest first. */
export function lastDays(ms: number, n: number): string[] {
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) out.push(dayKey(ms - i * DAY_MS));
  return out;
}

/** "20261127" → "11-27", for chart labels. */
export function shortDay(key: string): string {
  return `${key.slice(4, 6)}-${key.slice(6, 8)}`;
}
