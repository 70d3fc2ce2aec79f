/**
 * The holiday calendar (data/holidays.json) as the State Council's notices set it: every date well-formed and in its
 * year, no day both a holiday and a working day, each year citing its notice, and the totals each notice announces.
 */
import { daysBetween, HOLIDAY_YEARS, holidaysKnownFor, isDayOff, nextWorkingDay } from '~/types/holidayCalendar';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A yyyy-mm-dd that names a real day (2026-02-30 does not round-trip). */
const realDay = (d: string) => DATE.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

test('the calendar covers 2025 and 2026 at least, each year once, in order', () => {
  const years = HOLIDAY_YEARS.map((y) => y.year);
  expect(years).toEqual(expect.arrayContaining([2025, 2026]));
  expect([...years].sort((a, b) => a - b)).toEqual(years);
  expect(new Set(years).size).toBe(years.length);
});

test.each(HOLIDAY_YEARS.map((y) => [y.year, y] as const))('%s cites its notice', (year, y) => {
  expect(y.notice.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
  // Issued the year before, as 国办发明电〔YYYY〕N号.
  const m = /^国办发明电〔(\d{4})〕(\d+)号$/.exec(y.notice.number);
  expect(m?.[1]).toBe(String(year - 1));
  expect(realDay(y.notice.date)).toBe(true);
  expect(y.notice.date.slice(0, 4)).toBe(String(year - 1));
  expect(y.notice.source).toMatch(/^https?:\/\/\S+$/);
});

test.each(HOLIDAY_YEARS.map((y) => [y.year, y] as const))(
  'every date of %s is well-formed and in its year',
  (year, y) => {
    const dates = [...y.holidays.flatMap((h) => [h.from, h.to]), ...y.workdays];
    expect(dates.filter((d) => !realDay(d) || d.slice(0, 4) !== String(year))).toEqual([]);
    for (const h of y.holidays) {
      expect(h.name).toMatch(/^[\u4e00-\u9fa5、]+$/);
      expect(h.from <= h.to).toBe(true);
    }
  },
);

test.each(HOLIDAY_YEARS.map((y) => [y.year, y] as const))(
  'no day of %s is both a holiday and a working day',
  (_year, y) => {
    const off = y.holidays.flatMap((h) => daysBetween(h.from, h.to));
    expect(new Set(off).size).toBe(off.length); // no two holidays overlap
    expect(y.workdays.filter((d) => off.includes(d))).toEqual([]);
    expect(new Set(y.workdays).size).toBe(y.workdays.length);
    // An adjusted working day (调休上班) is a weekend day made a working day; a weekday needs no entry.
    expect(y.workdays.filter((d) => weekday(d) !== 0 && weekday(d) !== 6)).toEqual([]);
  },
);

test('each year adds up to the days its notice announces', () => {
  // Holidays: the "共N天" of each item (one day where it says 放假1天 or 与周末连休); working days: those it names.
  const announced: Record<number, { off: number; work: number }> = {
    2024: { off: 1 + 8 + 3 + 5 + 1 + 3 + 7, work: 8 },
    2025: { off: 1 + 8 + 3 + 5 + 3 + 8, work: 5 },
    2026: { off: 3 + 9 + 3 + 5 + 3 + 3 + 7, work: 6 },
  };
  for (const y of HOLIDAY_YEARS) {
    const off = y.holidays.flatMap((h) => daysBetween(h.from, h.to)).length;
    expect({ year: y.year, off, work: y.workdays.length }).toEqual({ year: y.year, ...announced[y.year] });
  }
});

test('days off: holidays, and weekends the notice does not make working days', () => {
  expect(isDayOff('2026-02-16')).toBe(true); // Spring Festival, a Monday
  expect(isDayOff('2026-02-14')).toBe(false); // a Saturday made a working day
  expect(isDayOff('2026-01-04')).toBe(false); // a Sunday made a working day
  expect(isDayOff('2026-12-05')).toBe(true); // an ordinary Saturday
  expect(isDayOff('2026-12-07')).toBe(false); // an ordinary Monday
  expect(isDayOff('2027-01-01')).toBe(false); // a Friday of a year without a notice: weekends only
  expect(isDayOff('2027-01-02')).toBe(true);
  expect(holidaysKnownFor('2026-12-31')).toBe(true);
  expect(holidaysKnownFor('2027-01-01')).toBe(false);
});

test('no run of days off is longer than the longest holiday, so the next working day is always found', () => {
  for (const y of HOLIDAY_YEARS) {
    for (const day of daysBetween(`${y.year}-01-01`, `${y.year}-12-31`)) {
      const next = nextWorkingDay(day);
      expect(isDayOff(next)).toBe(false);
      expect(daysBetween(day, next).length).toBeLessThanOrEqual(10);
    }
  }
});
