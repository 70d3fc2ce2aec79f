import fc from 'fast-check';
import { REPORT_CLOSE_DAY, reportingFloor } from '~/cloudfunctions/domain/scan/guard';
import { cstDayStart, cstMonthStart } from '~/types/day';

/** The rule from its words: the start (CST) of last month up to the close day, of this month after it. */
function expected(now: number): number {
  const cst = new Date(now + 8 * 3600_000);
  const y = cst.getUTCFullYear();
  const m = cst.getUTCMonth() - (cst.getUTCDate() <= REPORT_CLOSE_DAY ? 1 : 0);
  return Date.UTC(y, m, 1) - 8 * 3600_000;
}

const cst = (iso: string) => Date.parse(`${iso}+08:00`);

describe('reportingFloor (the earliest time a queued scan may carry)', () => {
  it('moves on at midnight (CST) after the close day, and not at the turn of the month', () => {
    expect(reportingFloor(cst('2026-12-05T23:59:59.999'))).toBe(cst('2026-11-01T00:00:00'));
    expect(reportingFloor(cst('2026-12-06T00:00:00'))).toBe(cst('2026-12-01T00:00:00'));
    expect(reportingFloor(cst('2026-12-31T23:59:59'))).toBe(cst('2026-12-01T00:00:00'));
    expect(reportingFloor(cst('2027-01-01T00:00:00'))).toBe(cst('2026-12-01T00:00:00'));
    expect(reportingFloor(cst('2027-01-05T12:00:00'))).toBe(cst('2026-12-01T00:00:00'));
    expect(reportingFloor(cst('2027-01-06T00:00:01'))).toBe(cst('2027-01-01T00:00:00'));
    // Back again (a test clock, a corrected server clock): worked out anew, not taken from the day remembered.
    expect(reportingFloor(cst('2026-12-05T08:00:00'))).toBe(cst('2026-11-01T00:00:00'));
  });

  it('agrees with the rule for any times, in any order, days or milliseconds apart', () => {
    const start = cst('2025-01-01T00:00:00');
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 * 365 * 86_400_000 }), { minLength: 1, maxLength: 40 }),
        (ts) => {
          for (const t of ts) {
            expect(reportingFloor(start + t)).toBe(expected(start + t));
            expect(reportingFloor(start + t + 1)).toBe(expected(start + t + 1));
            expect(reportingFloor(start + t - 1)).toBe(expected(start + t - 1));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rests on the CST day and month starts, which turn at midnight UTC+8, not UTC', () => {
    expect(cstDayStart(cst('2026-12-06T00:00:00'))).toBe(cst('2026-12-06T00:00:00'));
    expect(cstDayStart(cst('2026-12-06T07:59:59'))).toBe(cst('2026-12-06T00:00:00'));
    expect(cstDayStart(cst('2026-12-05T23:59:59.999'))).toBe(cst('2026-12-05T00:00:00'));
    expect(cstMonthStart(cst('2026-12-01T00:00:00'))).toBe(cst('2026-12-01T00:00:00'));
    expect(cstMonthStart(cst('2026-11-30T23:59:59'))).toBe(cst('2026-11-01T00:00:00'));
    expect(cstMonthStart(cst('2027-01-03T10:00:00'), 1)).toBe(cst('2026-12-01T00:00:00'));
  });
});
