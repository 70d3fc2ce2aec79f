/**
 * When the legal-aid office must decide (法律援助法 第四十三条: within 7 days of receiving the application), counted as
 * 民法典 第二百零一条 counts days: the day of receipt is not counted, the period runs from the next day, and (第二百零三条)
 * the last day ends at 24:00. All days are China Standard Time. A last day that is a public holiday moves to the day
 * after the holiday (第二百零三条); the holiday calendar is set each year by the State Council and is not kept here, so
 * the texts that show the date say it moves, rather than guessing the calendar.
 */
import { AID_DECISION_DAYS } from './requests';

const CST_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const;

/** The deadline of a decision: the last day (yyyy-mm-dd, CST) and the instant it ends (24:00 CST, exclusive). */
export interface AidDeadline {
  lastDay: string;
  endsAt: number;
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
  // Day of receipt not counted (第二百零一条): the 7th day after it is the last; it ends at 24:00 (第二百零三条).
  const endsAt = cstDayStart(receivedAt) + (AID_DECISION_DAYS + 1) * DAY_MS;
  return { lastDay: cstDate(endsAt - 1), endsAt };
}

/** "2026年12月10日（星期四）" for the CST day in which the period ending at `endsAt` (exclusive) has its last day. */
export function formatDeadlineDay(endsAt: number): string {
  const last = new Date(endsAt - 1 + CST_OFFSET_MS);
  const y = last.getUTCFullYear();
  const m = last.getUTCMonth() + 1;
  const d = last.getUTCDate();
  return `${y}年${m}月${d}日（星期${WEEKDAYS[last.getUTCDay()]}）`;
}
