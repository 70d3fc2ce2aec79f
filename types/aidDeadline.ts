/**
 * When the legal-aid office must decide (法律援助法 第四十三条: within 7 days of receiving the application), counted as
 * 民法典 第二百零一条 counts days: the day of receipt is not counted and the period runs from the next day. By 第二百零三条
 * a last day that is a rest day or holiday (法定休假日) gives way to the first working day after it, and the last day
 * ends at 24:00. Rest days and holidays come from the State Council's notices (types/holidayCalendar.ts); in a year
 * without one only weekends move the date, and the note shown beside it says holidays may move it further. All days
 * are China Standard Time.
 */
import { CST_OFFSET_MS, DAY_MS } from './day';
import { holidaysKnownFor, nextWorkingDay } from './holidayCalendar';
import { AID_DECISION_DAYS } from './requests';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const;

/** What the note beside the date says (民法典 第二百零一、二百零三条), once for applicants and staff alike. */
const NOTES = {
  known:
    '依民法典第二百零一、二百零三条，从收到申请的第二天起算7日，最后一天如果是休息日或法定节假日，顺延到其后的第一个工作日，这个日期已按此计算',
  weekendsOnly:
    '依民法典第二百零一、二百零三条，从收到申请的第二天起算7日，最后一天如果是周末，顺延到下周一，这个日期已按此计算；这一年的节假日安排未收录，遇法定节假日还会顺延',
} as const;

/** A decision's last day (yyyy-mm-dd, CST), when it ends (24:00 CST, exclusive), and if that year's holidays are known. */
export interface AidDeadline {
  lastDay: string;
  endsAt: number;
  holidaysKnown: boolean;
}

/** The start (00:00 CST) of the CST day containing `ms`. */
function cstDayStart(ms: number): number {
  return Math.floor((ms + CST_OFFSET_MS) / DAY_MS) * DAY_MS - CST_OFFSET_MS;
}

/** yyyy-mm-dd of the CST day containing `ms`. */
function cstDate(ms: number): string {
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The decision deadline of an application received at `receivedAt` (ms since epoch). */
export function aidDecisionDeadline(receivedAt: number): AidDeadline {
  // Day of receipt not counted (第二百零一条): the 7th day after it is the last, unless it is a day off (第二百零三条).
  const lastDay = nextWorkingDay(cstDate(cstDayStart(receivedAt) + AID_DECISION_DAYS * DAY_MS));
  // It ends at 24:00 CST of that day (第二百零三条): the next day's 00:00 CST.
  const endsAt = Date.parse(`${lastDay}T00:00:00Z`) - CST_OFFSET_MS + DAY_MS;
  return { lastDay, endsAt, holidaysKnown: holidaysKnownFor(lastDay) };
}

/** "2026年12月10日（星期四）" for the CST day in which the period ending at `endsAt` (exclusive) has its last day. */
export function formatDeadlineDay(endsAt: number): string {
  const last = new Date(endsAt - 1 + CST_OFFSET_MS);
  const y = last.getUTCFullYear();
  const m = last.getUTCMonth() + 1;
  const d = last.getUTCDate();
  return `${y}年${m}月${d}日（星期${WEEKDAYS[last.getUTCDay()]}）`;
}

/** How the date ending at `endsAt` was counted, said plainly: for the texts that show it. */
export function deadlineNote(endsAt: number): string {
  return holidaysKnownFor(cstDate(endsAt - 1)) ? NOTES.known : NOTES.weekendsOnly;
}
