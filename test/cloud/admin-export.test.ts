/**
 * admin.export (导出): every table as CSV that Excel opens with the Chinese intact (UTF-8 BOM, Chinese headers,
 * CRLF), with the same figures as the dashboard and coverage pages, and the monthly form (月度统计表).
 */
import Papa from 'papaparse';
import type { ExportData } from '~/types/api/dashboard';
import { Client } from '../support/local-harness';
import { awayFromPosts, DAY, recordScans } from './admin-dashboard-fixture';
import { loginAs, questionBody, submit } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ city: 'demo-admin', county: 'demo-county-admin' });
beforeAll(async () => {
  const now = w.h.clock.now; // 2026-11-27, 10:00 in China
  await recordScans(w.h.store, w.at.post, now, 4);
  await recordScans(w.h.store, w.at.post, now - 20 * DAY, 3); // 2026-11-07
  await recordScans(w.h.store, w.at.post, now - 40 * DAY, 5); // 2026-10-18
  await recordScans(w.h.store, w.at.farPost, now - 1 * DAY, 2);
  // a place clear of every post's circle, so its scans form a cluster (a sign a post is missing)
  const from = await awayFromPosts(w.h.store, { lat: w.at.post.lat + 0.02, lng: w.at.post.lng });
  await recordScans(w.h.store, w.at.post, now, 12, { distanceM: 2400, from });
  await submit(new Client(w.h.url), questionBody(w.at.post.id));
  await w.h.store.stats.rollup(1_000_000, now);
});

async function exported(c: Client, body: Record<string, unknown>): Promise<ExportData & { table: string[][] }> {
  const res = await c.call('admin', { action: 'export', ...body });
  expect(res.json).toMatchObject({ ok: true });
  const data = res.json.data as ExportData;
  expect(data.csv.startsWith('\uFEFF')).toBe(true);
  if (data.rows > 0) expect(data.csv).toContain('\r\n');
  const parsed = Papa.parse<string[]>(data.csv.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { ...data, table: parsed.data };
}

test('the drill-down table: BOM, Chinese headers and file name, the same figures as the dashboard', async () => {
  const out = await exported(w.county, { table: 'children', period: { preset: '30d' } });
  expect(out.filename).toBe('洮北区_下级统计_20261029-20261127.csv');
  const [header, ...rows] = out.table;
  expect(header).toEqual([
    '编码',
    '名称',
    '级别',
    '在用先锋岗',
    '扫码次数',
    '访客人次',
    '诉求',
    '带位置扫码',
    '圈内扫码',
    '圈内占比',
    '状态',
  ]);
  const dash = (await w.county.call('admin', { action: 'dashboard', period: { preset: '30d' } })).json.data;
  expect(out.rows).toBe(dash.children.length);
  expect(rows.map((r) => [r[0], r[1], Number(r[3]), Number(r[4]), Number(r[5]), Number(r[6])])).toEqual(
    dash.children.map(
      (c: { id: string; name: string; posts: number; scans: number; visitors: number; requests: number }) => [
        c.id,
        c.name,
        c.posts,
        c.scans,
        c.visitors,
        c.requests,
      ],
    ),
  );
  const mine = rows.find((r) => r[0] === w.at.post.townshipCode)!;
  expect(mine.slice(2, 7)).toEqual(['乡镇（街道）', expect.any(String), '19', expect.any(String), '1']);
});

test('top, idle and volunteers tables; idle lists every idle post, not only the first 20', async () => {
  const top = await exported(w.county, { table: 'top', subject: w.at.post.villageCode, period: { preset: '30d' } });
  expect(top.table[0]).toEqual(['排名', '先锋岗编号', '先锋岗名称', '所在村（社区）', '扫码次数', '最近扫码日期']);
  expect(top.table[1]).toEqual(['1', w.at.post.id, w.at.post.name, expect.any(String), '19', '2026-11-27']);
  const idle = await exported(w.county, { table: 'idle' });
  const dash = (await w.county.call('admin', { action: 'dashboard', period: { preset: '30d' } })).json.data;
  expect(idle.rows).toBe(dash.idle.count);
  expect(idle.rows).toBeGreaterThan(20);
  expect(idle.table[1][3]).toBe('从未扫码');
  const volunteers = await exported(w.county, { table: 'volunteers' });
  expect(volunteers.table[0]).toEqual(['志愿者编号', '姓名', '答复数', '答复用时中位数（分钟）', '按时答复率']);
});

test('coverage tables: uncovered villages, overlaps and clusters, as on the coverage page', async () => {
  const cov = (await w.city.call('admin', { action: 'coverage' })).json.data;
  const uncovered = await exported(w.city, { table: 'uncovered' });
  expect(uncovered.filename).toBe('白城市_未覆盖村_20261127.csv');
  expect(uncovered.table[0].slice(0, 3)).toEqual(['村（社区）代码', '村（社区）', '所属乡镇（街道）']);
  expect(uncovered.table.slice(1).map((r) => r[0])).toEqual(
    cov.villages.uncovered.map((u: { code: string }) => u.code),
  );
  const overlaps = await exported(w.county, { table: 'overlaps' });
  expect(overlaps.table[0]).toEqual(['先锋岗甲编号', '先锋岗甲', '先锋岗乙编号', '先锋岗乙', '相距（米）', '重叠比例']);
  expect(overlaps.rows).toBeGreaterThan(0);
  const clusters = await exported(w.county, { table: 'clusters' });
  expect(clusters.filename).toBe('洮北区_圈外扫码聚集_20260830-20261127.csv');
  expect(clusters.table[1].slice(0, 1).concat(clusters.table[1].slice(3, 5))).toEqual(['1', '12', '1']);
  const post = await w.county.call('admin', { action: 'export', table: 'clusters', subject: w.at.post.id });
  expect([post.status, post.json.error.code]).toEqual([400, 'INVALID_INPUT']);
});

test('the monthly form: title rows, one line per county and 合计, scans equal to the dashboard of the month', async () => {
  const out = await exported(w.city, { table: 'monthly', month: '202611' });
  expect(out.filename).toBe('白城市_月度统计表_202611.csv');
  const [title, unit, month, filled, header, ...lines] = out.table;
  expect(title).toEqual(['白城市公共法律服务先锋岗运行情况月报表']);
  expect(unit).toEqual(['填报单位：白城市司法局']);
  expect(month).toEqual(['统计月份：2026年11月']);
  expect(filled).toEqual(['填报日期：2026年11月27日']);
  expect(header.slice(0, 7)).toEqual([
    '县（市、区）',
    '在用先锋岗',
    '本月新增',
    '本月撤销',
    '扫码次数',
    '访客人次',
    '较上月增减',
  ]);
  expect(header).toContain('无志愿者先锋岗');
  expect(lines).toHaveLength(6);
  expect(lines[5][0]).toBe('合计');
  const col = (name: string) => header.indexOf(name);
  const own = lines.find((l) => l[0] === '洮北区')!;
  expect(own[col('扫码次数')]).toBe('19');
  expect(own[col('较上月增减')]).toBe('+14');
  expect(own[col('法律咨询')]).toBe('1');
  const dash = await w.county.call('admin', {
    action: 'dashboard',
    period: { preset: 'custom', from: '20261101', to: '20261127' },
  });
  expect(Number(own[col('扫码次数')])).toBe(dash.json.data.figures.scans);
  const sum = (name: string) => lines.slice(0, 5).reduce((s, l) => s + Number(l[col(name)]), 0);
  for (const name of ['在用先锋岗', '扫码次数', '志愿者人数', '无志愿者先锋岗']) {
    expect(Number(lines[5][col(name)])).toBe(sum(name));
  }
  expect(sum('在用先锋岗')).toBe(5280);

  const mine = await exported(w.county, { table: 'monthly', month: '202611' });
  expect(mine.table.slice(5).map((l) => l[0])).toEqual(['洮北区', '合计']);
  expect(mine.table[1]).toEqual(['填报单位：洮北区司法局']);
  const township = await exported(await loginAs(w.h, 'demo-township-admin'), { table: 'monthly', month: '202611' });
  expect(township.table[4][0]).toBe('乡镇（街道）');
});

test('export errors: no month, a future month, outside the scope', async () => {
  const cases: [Client, Record<string, unknown>, number, string, RegExp][] = [
    [w.city, { table: 'monthly' }, 400, 'INVALID_INPUT', /请选择统计月份/],
    [w.city, { table: 'monthly', month: '202612' }, 400, 'INVALID_INPUT', /不能晚于本月/],
    [w.county, { table: 'children', subject: w.at.farPost.countyCode }, 403, 'OUT_OF_SCOPE', /区域/],
    [w.county, { table: 'monthly', month: '202611', subject: '220800' }, 403, 'OUT_OF_SCOPE', /区域/],
    [w.city, { table: 'cities' }, 400, 'INVALID_INPUT', /导出/],
  ];
  for (const [c, body, status, code, message] of cases) {
    const res = await c.call('admin', { action: 'export', ...body });
    expect([res.status, res.json.error.code]).toEqual([status, code]);
    expect(res.json.error.message).toMatch(message);
  }
});
