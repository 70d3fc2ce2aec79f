/** The built weapp's 统计看板 and 服务圈覆盖 in miniprogram-simulate, with admin.dashboard / admin.coverage stubbed. */
import { coverageFixture, dashboardFixture } from '../unit/admin-dashboard-stubs';
import { simApp, until } from './harness';

jest.setTimeout(20000);

const { calls, open, boot } = simApp();

beforeAll(() => {
  boot((call) => {
    if (call.name === 'admin' && call.data.action === 'dashboard') return { ok: true, data: dashboardFixture() };
    if (call.name === 'admin' && call.data.action === 'coverage') return { ok: true, data: coverageFixture() };
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '没有这个操作' } };
  });
});

test('统计看板 shows the figures, their changes, the charts and the drill-down table', async () => {
  const p = open('packages/admin/pages/dashboard/index', {});
  const values = await until(() => (p.texts('figure-value').length === 4 ? p.texts('figure-value') : null), p.allText);
  expect(values).toEqual(['1,120', '800', '0', '75%']);
  expect(p.texts('figure-change')).toEqual(['较上期 ↑12%', '较上期 ↓3%', '较上期 持平', '较上期 新增']);
  expect(p.texts('trail-crumb')).toEqual(['白城市', '洮北区']);
  // 3 trend days + 24 hours + 7 weekdays, each bar with its number.
  expect(p.texts('chart-bar')).toHaveLength(34);
  expect(p.texts('chart-value').slice(0, 3)).toEqual(['100', '0', '123']);
  expect(p.texts('hbar-label')).toEqual(['扫码', '提交诉求', '已答复', '已办结']);
  expect(p.allText()).toContain('平台镇');
  expect(p.allText()).toContain('排行统计截至 09:05');
  expect(calls).toEqual([{ name: 'admin', data: { action: 'dashboard', period: { preset: '30d' } } }]);

  p.tap('period-chip', 1);
  await until(() => calls.length === 2, p.allText);
  expect(calls[1]).toEqual({ name: 'admin', data: { action: 'dashboard', period: { preset: '7d' } } });
});

test('服务圈覆盖 lists the uncovered village, the overlap and the cluster', async () => {
  const p = open('packages/admin/pages/circles/index', { region: '220802001' });
  const names = await until(() => (p.texts('gap-name').length === 3 ? p.texts('gap-name') : null), p.allText);
  expect(names).toEqual(['永胜村', '新立村先锋岗 ↔ 新立村二组先锋岗', '平台镇 · 64次']);
  expect(p.texts('create-post')).toEqual(['在此新增先锋岗', '在此新增先锋岗']);
  expect(calls).toEqual([{ name: 'admin', data: { action: 'coverage', regionCode: '220802001', days: 90 } }]);
});
