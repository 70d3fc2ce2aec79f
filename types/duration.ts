/**
 * How long an answer took, worded the same on every page (统计看板, its CSV summary, 我的资料): short times in
 * minutes (2分钟), longer ones in hours, with one decimal under 10 hours (2.5小时, 36小时).
 */

/** Minutes in an hour. */
const HOUR = 60;

/** A duration of `minutes` in its sensible unit: 不到1分钟, 2分钟, 1.5小时, 36小时. */
export function formatDuration(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 1) return '不到1分钟';
  if (m < HOUR) return `${m}分钟`;
  const h = minutes / HOUR;
  return `${h < 10 ? Math.round(h * 10) / 10 : Math.round(h)}小时`;
}
