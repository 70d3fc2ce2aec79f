/** Times as workers read them: China Standard Time, and the time left on an answer promise (dayjs). */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { WORK_STRINGS } from './strings';

export { formatTime } from '~/src/components/formatTime';

dayjs.extend(utc);

const CST_MINUTES = 8 * 60;
const HOUR = 60;
const DAY = 24 * HOUR;

/** Today in China, yyyy-mm-dd: the default and latest day of a mediation step. */
export function todayCst(now: number = Date.now()): string {
  return dayjs(now).utcOffset(CST_MINUTES).format('YYYY-MM-DD');
}

/** A span of minutes in its largest sensible unit: 2天, 5小时, 35分钟. */
function span(minutes: number): string {
  if (minutes >= 2 * DAY) return WORK_STRINGS.days(Math.floor(minutes / DAY));
  if (minutes >= HOUR) return WORK_STRINGS.hours(Math.floor(minutes / HOUR));
  return WORK_STRINGS.minutes(Math.max(1, minutes));
}

/** The time left on a promise ("还剩 5小时") or past it ("已超时 2小时"). */
export function timeLeft(dueAt: number, now: number = Date.now()): { text: string; overdue: boolean } {
  const minutes = dayjs(dueAt).diff(dayjs(now), 'minute');
  return minutes >= 0
    ? { text: WORK_STRINGS.left(span(minutes)), overdue: false }
    : { text: WORK_STRINGS.overdue(span(-minutes)), overdue: true };
}

/** A median answer time, worded as on the dashboard (2分钟, 2.1小时). */
export { formatDuration as formatMinutes } from '~/types/duration';
