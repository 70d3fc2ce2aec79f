/**
 * The legal-aid decision date: 7 days from the day after receipt, ending at 24:00 CST of the 7th day (民法典 第二百零一条),
 * moved past rest days and holidays to the next working day (第二百零三条) by the State Council's notices.
 */
import { aidDecisionDeadline, deadlineNote, formatDeadlineDay } from '~/types/aidDeadline';

/** ms of a CST wall-clock time. */
const cst = (iso: string) => Date.parse(`${iso}+08:00`);
const shown = (received: string) => formatDeadlineDay(aidDecisionDeadline(cst(received)).endsAt);

test.each([
  // received (CST)          last day        why
  ['2026-12-03T10:00:00', '2026-12-10'], // an ordinary week
  ['2026-12-03T00:00:00', '2026-12-10'], // the first instant of the day of receipt is still that day
  ['2026-12-03T23:59:59', '2026-12-10'], // so is the last
  ['2026-12-07T09:00:00', '2026-12-14'], // received on a Monday: the 7th day is a Monday
  ['2026-12-04T16:00:00', '2026-12-11'], // received on a Friday: the 7th day is a Friday
  ['2026-12-05T11:00:00', '2026-12-14'], // received on a Saturday: the 7th day is a Saturday, so Monday
  ['2026-12-06T11:00:00', '2026-12-14'], // received on a Sunday: the 7th day is a Sunday, so Monday
  ['2026-01-28T09:00:00', '2026-02-04'], // across a month end
  ['2026-02-25T09:00:00', '2026-03-04'], // across February of a common year
  ['2026-02-09T09:00:00', '2026-02-24'], // 7th day 02-16, in the Spring Festival (02-15 to 02-23): the 24th
  ['2026-02-13T09:00:00', '2026-02-24'], // 7th day 02-20, the same holiday
  ['2026-09-24T09:00:00', '2026-10-08'], // 7th day 10-01, in the National Day holiday (10-01 to 10-07): the 8th
  ['2026-09-30T09:00:00', '2026-10-08'], // 7th day 10-07, its last day
  ['2026-10-03T09:00:00', '2026-10-10'], // received in the holiday; 7th day 10-10, a Saturday made a working day
  ['2026-02-21T09:00:00', '2026-02-28'], // 7th day 02-28, a working Saturday after the Spring Festival
  ['2026-09-13T09:00:00', '2026-09-20'], // 7th day 09-20, a working Sunday before the National Day
  ['2025-12-25T09:00:00', '2026-01-04'], // across a year end: 01-01 to 01-03 off, 01-04 a working Sunday
  ['2025-12-28T09:00:00', '2026-01-04'], // the 7th day is that working Sunday itself
  ['2025-01-21T09:00:00', '2025-02-05'], // 2025's Spring Festival (01-28 to 02-04)
  ['2025-09-24T09:00:00', '2025-10-09'], // 2025's National Day and Mid-Autumn together (10-01 to 10-08)
  ['2026-12-28T15:30:00', '2027-01-04'], // across a year end into a year without a notice
  ['2026-12-31T23:30:00', '2027-01-07'], // the last day of a year
])('received %s → decided by the end of %s', (received, lastDay) => {
  const d = aidDecisionDeadline(cst(received));
  expect(d.lastDay).toBe(lastDay);
  // Ends at 24:00 CST of the last day: the next day's 00:00 CST.
  const next = new Date(Date.parse(`${lastDay}T00:00:00+08:00`) + 24 * 3600 * 1000).getTime();
  expect(d.endsAt).toBe(next);
});

test('a time in UTC that is already the next CST day counts from that CST day', () => {
  // 2026-12-03T17:00Z is 2026-12-04 01:00 CST: received on the 4th, last day the 11th.
  expect(aidDecisionDeadline(Date.parse('2026-12-03T17:00:00Z')).lastDay).toBe('2026-12-11');
  // 2026-12-04T16:30Z is Saturday the 5th 00:30 CST: the 7th day is a Saturday, so Monday the 14th.
  expect(aidDecisionDeadline(Date.parse('2026-12-04T16:30:00Z')).lastDay).toBe('2026-12-14');
});

test('the date is shown with its weekday, as residents read it', () => {
  expect(shown('2026-12-03T10:00:00')).toBe('2026年12月10日（星期四）');
  expect(shown('2026-12-28T10:00:00')).toBe('2027年1月4日（星期一）');
  expect(shown('2026-02-13T10:00:00')).toBe('2026年2月24日（星期二）');
  expect(shown('2026-10-03T10:00:00')).toBe('2026年10月10日（星期六）');
  // A stored deadline of the older form (receipt + 7 × 24 h) shows the same last day.
  const received = cst('2026-12-03T10:00:00');
  expect(formatDeadlineDay(received + 7 * 24 * 3600 * 1000)).toBe('2026年12月10日（星期四）');
});

describe('a year without a notice: weekends only, and the note says holidays may move the date', () => {
  test.each([
    ['2028-02-25T09:00:00', '2028-03-03'], // across February of a leap year; a Friday stays
    ['2028-03-04T09:00:00', '2028-03-13'], // a Saturday 7th day moves to Monday
    ['2026-12-25T09:00:00', '2027-01-01'], // New Year's Day 2027 is not in the calendar: the date may still move
    ['2023-01-20T09:00:00', '2023-01-27'], // an earlier year not kept either
  ])('received %s → %s, holidays unknown', (received, lastDay) => {
    const d = aidDecisionDeadline(cst(received));
    expect(d).toMatchObject({ lastDay, holidaysKnown: false });
    expect(deadlineNote(d.endsAt)).toContain('遇法定节假日还会顺延');
  });

  test('a date that did not move is not said to have moved (已顺延 read as a postponement)', () => {
    // Received on Monday 2026-12-07: the 7th day, Monday 12-14, is a working day and stays.
    const d = aidDecisionDeadline(cst('2026-12-07T09:00:00'));
    expect(d.lastDay).toBe('2026-12-14');
    expect(deadlineNote(d.endsAt)).not.toMatch(/已顺延/);
  });

  test('a covered year says how a rest day moves the date and that this date counts it, citing both articles', () => {
    const d = aidDecisionDeadline(cst('2026-09-24T09:00:00'));
    expect(d.holidaysKnown).toBe(true);
    expect(deadlineNote(d.endsAt)).toBe(
      '依民法典第二百零一、二百零三条，从收到申请的第二天起算7日，最后一天如果是休息日或法定节假日，顺延到其后的第一个工作日，这个日期已按此计算',
    );
  });
});
