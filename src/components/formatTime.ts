/** Times as residents and workers read them: China Standard Time, Chinese month and day (dayjs). */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

const CST_MINUTES = 8 * 60;

/** "11月29日 10:00"; the year is added when it is not the current one. */
export function formatTime(ms: number, now: number = Date.now()): string {
  const at = dayjs(ms).utcOffset(CST_MINUTES);
  const sameYear = at.year() === dayjs(now).utcOffset(CST_MINUTES).year();
  return at.format(sameYear ? 'M月D日 HH:mm' : 'YYYY年M月D日 HH:mm');
}
