/** The dashboard's periods (统计周期) and trend bars: what an admin picks, and the bars the chart draws. */
import { resolvePeriod } from '~/cloudfunctions/domain/admin/dashboard/period';
import { trendBuckets, trendUnit, buildTrend } from '~/cloudfunctions/domain/admin/dashboard/trend';
import { addDays, daysBetween, weekdayIndex } from '~/cloudfunctions/domain/admin/dashboard/days';
import { AppError } from '~/types/errors';

// 2026-11-28 10:00 in China (02:00 UTC).
const NOW = Date.UTC(2026, 10, 28, 2, 0, 0);

function errorOf(fn: () => unknown): [string, string] {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return [err.code, err.message];
    throw err;
  }
  throw new Error('no error');
}

test('presets end today (China time) and the previous period is as long, just before', () => {
  expect(resolvePeriod({ preset: 'today' }, NOW)).toEqual({
    preset: 'today',
    from: '20261128',
    to: '20261128',
    days: 1,
    prevFrom: '20261127',
    prevTo: '20261127',
  });
  expect(resolvePeriod({ preset: '7d' }, NOW)).toMatchObject({
    from: '20261122',
    to: '20261128',
    days: 7,
    prevFrom: '20261115',
    prevTo: '20261121',
  });
  expect(resolvePeriod({ preset: '30d' }, NOW)).toMatchObject({ from: '20261030', prevTo: '20261029', days: 30 });
  expect(resolvePeriod({ preset: '365d' }, NOW)).toMatchObject({ from: '20251129', days: 365, prevFrom: '20241129' });
  // 23:30 UTC on the 27th is already the 28th in China.
  expect(resolvePeriod({ preset: 'today' }, Date.UTC(2026, 10, 27, 23, 30)).from).toBe('20261128');
});

test('a custom period across a month and a leap day', () => {
  expect(resolvePeriod({ preset: 'custom', from: '20240225', to: '20240302' }, NOW)).toMatchObject({
    days: 7,
    prevFrom: '20240218',
    prevTo: '20240224',
  });
});

test('custom periods: missing dates, end before start, too long, ending after today, a day that does not exist', () => {
  expect(errorOf(() => resolvePeriod({ preset: 'custom', from: '20261101' }, NOW))).toEqual([
    'INVALID_INPUT',
    '自定义周期请选择开始日期和结束日期',
  ]);
  expect(errorOf(() => resolvePeriod({ preset: 'custom', from: '20261110', to: '20261101' }, NOW))[0]).toBe(
    'PERIOD_INVERTED',
  );
  expect(errorOf(() => resolvePeriod({ preset: 'custom', from: '20251030', to: '20261101' }, NOW))[0]).toBe(
    'PERIOD_TOO_LONG',
  );
  expect(errorOf(() => resolvePeriod({ preset: 'custom', from: '20261101', to: '20261129' }, NOW))).toEqual([
    'INVALID_INPUT',
    '结束日期不能晚于今天',
  ]);
  expect(errorOf(() => resolvePeriod({ preset: 'custom', from: '20260230', to: '20260301' }, NOW))[0]).toBe(
    'INVALID_INPUT',
  );
  // 366 days is the longest allowed.
  expect(resolvePeriod({ preset: 'custom', from: '20251128', to: '20261128' }, NOW).days).toBe(366);
});

test('day arithmetic: across years, weekdays Monday first', () => {
  expect(addDays('20261231', 1)).toBe('20270101');
  expect(addDays('20240301', -1)).toBe('20240229');
  expect(daysBetween('20261101', '20261130')).toBe(30);
  expect(weekdayIndex('20261130')).toBe(0); // a Monday
  expect(weekdayIndex('20261129')).toBe(6); // a Sunday
});

test('trend: days up to 31, weeks up to 92, calendar months beyond, with Chinese labels', () => {
  expect(trendUnit(31)).toBe('day');
  expect(trendUnit(32)).toBe('week');
  expect(trendUnit(92)).toBe('week');
  expect(trendUnit(93)).toBe('month');
  const days = trendBuckets({ from: '20261122', to: '20261128', days: 7 });
  expect(days.map((b) => b.label)).toEqual(['11-22', '11-23', '11-24', '11-25', '11-26', '11-27', '11-28']);
  const weeks = trendBuckets({ from: '20260831', to: '20261128', days: 90 });
  expect(weeks).toHaveLength(13);
  expect(weeks[0]).toEqual({ from: '20260831', label: '08-31起' });
  expect(weeks[12].from).toBe('20261123');
  const months = trendBuckets({ from: '20251129', to: '20261128', days: 365 });
  expect(months.map((b) => b.label)).toEqual([
    '2025年11月',
    '12月',
    '2026年1月',
    '2月',
    '3月',
    '4月',
    '5月',
    '6月',
    '7月',
    '8月',
    '9月',
    '10月',
    '11月',
  ]);
  expect(months[1].from).toBe('20251201');
});

test('trend bars sum the daily rows of their bucket; rows outside the period are left out', () => {
  const period = resolvePeriod({ preset: 'custom', from: '20260801', to: '20261031' }, NOW);
  const row = (day: string, count: number) => ({ subject: 'x', day, count, unique: 1, inCircle: 0, withLocation: 0 });
  const points = buildTrend(
    [row('20260731', 100), row('20260801', 2), row('20260807', 3), row('20260808', 4), row('20261031', 5)],
    period,
  );
  expect(points[0]).toMatchObject({ from: '20260801', scans: 5, visitors: 2 });
  expect(points[1]).toMatchObject({ from: '20260808', scans: 4 });
  expect(points.at(-1)).toMatchObject({ scans: 5 });
  expect(points.reduce((s, p) => s + p.scans, 0)).toBe(14);
});
