/** The legal-aid decision date: 7 days from the day after receipt, ending at 24:00 CST of the 7th day. */
import { aidDecisionDeadline, formatDeadlineDay } from '../../types/aidDeadline';

/** ms of a CST wall-clock time. */
const cst = (iso: string) => Date.parse(`${iso}+08:00`);

test.each([
  // received (CST)          last day        why
  ['2026-12-03T10:00:00', '2026-12-10'], // an ordinary week
  ['2026-12-03T00:00:00', '2026-12-10'], // the first instant of the day of receipt is still that day
  ['2026-12-03T23:59:59', '2026-12-10'], // so is the last
  ['2026-01-28T09:00:00', '2026-02-04'], // across a month end
  ['2026-02-25T09:00:00', '2026-03-04'], // across February of a common year
  ['2028-02-25T09:00:00', '2028-03-03'], // across February of a leap year
  ['2026-12-28T15:30:00', '2027-01-04'], // across a year end
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
});

test('the date is shown with its weekday, as residents read it', () => {
  expect(formatDeadlineDay(aidDecisionDeadline(cst('2026-12-03T10:00:00')).endsAt)).toBe('2026年12月10日（星期四）');
  expect(formatDeadlineDay(aidDecisionDeadline(cst('2026-12-28T10:00:00')).endsAt)).toBe('2027年1月4日（星期一）');
  // A stored deadline of the older form (receipt + 7 × 24 h) shows the same last day.
  const received = cst('2026-12-03T10:00:00');
  expect(formatDeadlineDay(received + 7 * 24 * 3600 * 1000)).toBe('2026年12月10日（星期四）');
});
