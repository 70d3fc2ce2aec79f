/** Times as admins read them, in China Standard Time, without a date library (the admin package stays small). */
import { CST_OFFSET_MS } from '~/types/day';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026年12月5日 10:00" in UTC+8. */
export function formatCst(ms: number): string {
  const d = new Date(ms + CST_OFFSET_MS);
  const date = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  return `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
