/**
 * One wording of answer times: a question answered in 2 minutes reads 2分钟 on the dashboard (summary and table),
 * in its CSV (in minutes) and on 我的资料; longer ones in hours.
 */
import { answerFigures } from '~/cloudfunctions/domain/admin/dashboard/requests-stats';
import { dashboardTable } from '~/cloudfunctions/domain/admin/export/tables';
import type { RequestStatRow } from '~/cloudfunctions/store/port';
import type { DashboardData } from '~/types/api/dashboard';
import { hoursText } from '~/src/packages/admin/pages/dashboard/format';
import { formatMinutes } from '~/src/packages/work/shared/format';

const MIN = 60_000;
const answered = (n: number, minutes: number): RequestStatRow => ({
  id: `r${n}`,
  kind: 'question',
  status: 'answered',
  postId: 'p1',
  villageCode: '220802001001',
  createdAt: 0,
  dueAt: 24 * 60 * MIN,
  answeredBy: 'v00001',
  firstAnswerAt: minutes * MIN,
  outcome: null,
});

test('a 2-minute median is 2分钟 on the dashboard, 2 in the CSV minutes column, and 2分钟 on 我的资料', () => {
  const figures = answerFigures([answered(1, 1), answered(2, 2), answered(3, 3)]);
  expect(hoursText(figures.medianHours)).toBe('2分钟');
  const d = { answers: { ...figures, volunteers: [{ volunteerId: 'v00001', name: '张明', ...figures }] } };
  const csv = dashboardTable('volunteers', d as unknown as DashboardData, 0);
  expect(csv.header[3]).toBe('答复用时中位数（分钟）');
  expect(csv.rows[0][3]).toBe(2);
  expect(formatMinutes(2)).toBe('2分钟');
});

test('longer times read in hours, the same on both pages', () => {
  expect(hoursText(2.5)).toBe('2.5小时');
  expect(hoursText(36)).toBe('36小时');
  expect(formatMinutes(150)).toBe('2.5小时');
  expect(formatMinutes(0.2)).toBe('不到1分钟');
});
