/**
 * Which days are rest days (休息日) and holidays (法定节假日) in mainland China, for counting periods the way 民法典
 * 第二百零三条 does. Each covered year comes from the State Council's notice for it (data/holidays.json, with its
 * title, number and date); a year without a notice counts Saturdays and Sundays only, and callers say so to users.
 * Written here rather than taken from a calendar package: the data must cite the notice it was checked against, and
 * the app's main package should not carry lunar-calendar code it never uses.
 */
import calendar from '~/data/holidays.json';
import { DAY_MS } from './day';

/** The State Council notice that sets one year's holidays (国务院办公厅关于YYYY年部分节假日安排的通知). */
export interface HolidayNotice {
  title: string;
  number: string;
  date: string;
  source: string;
}

/** One year of the calendar as data/holidays.json keeps it. */
export interface HolidayYear {
  year: number;
  notice: HolidayNotice;
  holidays: { name: string; from: string; to: string }[];
  workdays: string[];
}

/** Every year of data/holidays.json. */
export const HOLIDAY_YEARS: readonly HolidayYear[] = calendar.years;

/** The yyyy-mm-dd days from `from` to `to`, both included (UTC arithmetic on calendar dates: no time zone enters). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

const holidays = new Set(HOLIDAY_YEARS.flatMap((y) => y.holidays.flatMap((h) => daysBetween(h.from, h.to))));
const workdays = new Set(HOLIDAY_YEARS.flatMap((y) => y.workdays));
const coveredYears = new Set(HOLIDAY_YEARS.map((y) => y.year));

/** Whether the State Council's arrangement for the year of `day` (yyyy-mm-dd) is in the calendar. */
export function holidaysKnownFor(day: string): boolean {
  return coveredYears.has(Number(day.slice(0, 4)));
}

/**
 * Whether `day` (yyyy-mm-dd) is a day off: a holiday of the notice, or a Saturday or Sunday that the notice does not
 * make a working day (调休上班). Outside the covered years only weekends are days off.
 */
export function isDayOff(day: string): boolean {
  if (holidays.has(day)) return true;
  if (workdays.has(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The first day on or after `day` (yyyy-mm-dd) that is not a day off. */
export function nextWorkingDay(day: string): string {
  let t = Date.parse(`${day}T00:00:00Z`);
  // The longest run of days off in any notice is 9 (2026's Spring Festival); 31 bounds a corrupt calendar.
  for (let i = 0; i < 31 && isDayOff(new Date(t).toISOString().slice(0, 10)); i += 1) t += DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}
