/** CSV for Excel (BOM, CRLF, quoting) and the monthly form's layout (月度统计表). */
import Papa from 'papaparse';
import { fileName, toCsv } from '~/cloudfunctions/domain/admin/export/csv';
import { FORM_TITLE, monthlyForm } from '~/cloudfunctions/domain/admin/export/monthly-form';
import type { MonthlyLine } from '~/cloudfunctions/domain/admin/export/monthly-data';

test('a CSV starts with the BOM, ends lines with CRLF and quotes commas and quotes', () => {
  const csv = toCsv({ header: ['名称', '扫码次数'], rows: [['洮北区, "城区"', 12]] });
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toBe('\uFEFF名称,扫码次数\r\n"洮北区, ""城区""",12');
  expect(Papa.parse(csv.slice(1)).data).toEqual([
    ['名称', '扫码次数'],
    ['洮北区, "城区"', '12'],
  ]);
});

test('file names keep the Chinese and drop what a file system refuses', () => {
  expect(fileName('洮北区_下级统计_20261029-20261128')).toBe('洮北区_下级统计_20261029-20261128.csv');
  expect(fileName('a/b', 'c:d')).toBe('a_b_c_d.csv');
});

const line = (name: string, scans: number, prevScans: number, answered: number, onTime: number): MonthlyLine => ({
  name,
  activePosts: 10,
  newPosts: 1,
  retiredPosts: 0,
  scans,
  visitors: scans - 1,
  prevScans,
  questions: answered + 1,
  answered,
  onTime,
  mediation: 2,
  agreed: 1,
  aid: 1,
  approved: 0,
  volunteers: 7,
  postsWithoutVolunteer: 3,
});

test('the monthly form: title rows, a line per unit, 合计 with the on-time rate of the sums', () => {
  const form = monthlyForm(
    [line('洮北区', 120, 100, 4, 3), line('洮南市', 50, 80, 0, 0)],
    '202611',
    '白城市司法局',
    '20261128',
    '县（市、区）',
  );
  expect(form.title).toEqual([
    [FORM_TITLE],
    ['填报单位：白城市司法局'],
    ['统计月份：2026年11月'],
    ['填报日期：2026年11月28日'],
  ]);
  expect(form.header[0]).toBe('县（市、区）');
  const col = (name: string) => form.header.indexOf(name);
  expect(form.rows.map((r) => r[0])).toEqual(['洮北区', '洮南市', '合计']);
  expect(form.rows.map((r) => r[col('较上月增减')])).toEqual(['+20', '-30', '-10']);
  expect(form.rows.map((r) => r[col('按时答复率')])).toEqual(['75.0%', '—', '75.0%']);
  expect(form.rows[2][col('在用先锋岗')]).toBe(20);
  expect(form.rows[2][col('无志愿者先锋岗')]).toBe(6);
  expect(monthlyForm([], '202611', '洮北区司法局', '20261128', '县（市、区）').rows).toEqual([]);
});
