/** 统计看板: the period sent to the server, figures with their change, drill-down, inline period errors, H5 export. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import DashboardPage from '~/src/packages/admin/pages/dashboard';
import { usePeriod } from '~/src/packages/admin/pages/dashboard/periodStore';
import { components, dashboardFixture } from './admin-dashboard-stubs';

jest.mock('@tarojs/components', () =>
  (jest.requireActual('./admin-dashboard-stubs') as { components: typeof components }).components(),
);

type Body = Record<string, unknown> & { action: string };
type Reply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };
const taro = Taro as typeof Taro & { __reset: () => void; __setRouterParams: (p: Record<string, string>) => void };
const initialPeriod = usePeriod.getState();
let calls: Body[];
let answer: (body: Body) => Reply;

beforeEach(() => {
  taro.__reset();
  usePeriod.setState(initialPeriod, true);
  calls = [];
  answer = () => ({ ok: true, data: dashboardFixture() });
  global.fetch = jest.fn(async (_url: unknown, init?: { body?: string }) => {
    const body = JSON.parse(init?.body ?? '{}') as Body;
    calls.push(body);
    return { json: async () => answer(body) } as Response;
  }) as typeof fetch;
});

const dashboardCalls = () => calls.filter((c) => c.action === 'dashboard');

test('opens on 近30天 of the admin scope, then a chip asks the server for that period', async () => {
  const { container } = render(<DashboardPage />);
  await screen.findByText('扫码次数');
  expect(dashboardCalls()).toEqual([{ action: 'dashboard', period: { preset: '30d' } }]);
  fireEvent.click(screen.getByText('近7天'));
  await waitFor(() => expect(dashboardCalls()).toHaveLength(2));
  expect(dashboardCalls()[1]).toEqual({ action: 'dashboard', period: { preset: '7d' } });
  expect(container.querySelector('.chip-on')?.textContent).toBe('近7天');
  expect(screen.getByText('2026-11-22 至 2026-11-28')).toBeTruthy();
});

test('figures show their change from the previous period, coloured', async () => {
  const { container } = render(<DashboardPage />);
  await screen.findByText('扫码次数');
  const change = (name: string) => container.querySelector(`.figure-${name} .figure-change`);
  expect(container.querySelector('.figure-scans .figure-value')?.textContent).toBe('1,120');
  expect(change('scans')?.textContent).toBe('较上期 ↑12%');
  expect(change('scans')?.className).toContain('change-up');
  expect(change('visitors')?.textContent).toBe('较上期 ↓3%');
  expect(change('visitors')?.className).toContain('change-down');
  expect(change('requests')?.textContent).toBe('较上期 持平');
  expect(container.querySelector('.figure-in-circle .figure-value')?.textContent).toBe('75%');
  expect(change('in-circle')?.textContent).toBe('较上期 新增');
  expect(screen.getByText('排行统计截至 09:05')).toBeTruthy();
});

test('today so far is set beside all of yesterday, not read as a drop from it; the share keeps its change', async () => {
  const base = dashboardFixture();
  const period = {
    preset: 'today' as const,
    from: '20261128',
    to: '20261128',
    days: 1,
    prevFrom: '20261127',
    prevTo: '20261127',
  };
  answer = () => ({ ok: true, data: dashboardFixture({ period, previous: { ...base.previous, scans: 2000 } }) });
  const { container } = render(<DashboardPage />);
  await screen.findByText('扫码次数');
  const change = (name: string) => container.querySelector(`.figure-${name} .figure-change`);
  expect(change('scans')?.textContent).toBe('昨天全天 2,000');
  expect(container.textContent).not.toMatch(/较上期 [↑↓]/);
  expect(change('in-circle')?.textContent).toBe('较上期 新增');
});

test('without located scans the share reads 无定位数据', async () => {
  answer = () => ({
    ok: true,
    data: dashboardFixture({ figures: { scans: 5, visitors: 5, requests: 0, inCircle: 0, withLocation: 0 } }),
  });
  const { container } = render(<DashboardPage />);
  await screen.findByText('扫码次数');
  expect(container.querySelector('.figure-in-circle .figure-value')?.textContent).toBe('无定位数据');
});

test('the charts draw one bar per point, each with its number and a spoken label', async () => {
  const { container } = render(<DashboardPage />);
  await screen.findByText('扫码次数');
  const bars = (cls: string) => Array.from(container.querySelectorAll(`.${cls} .chart-bar`));
  expect(bars('trend-chart').map((b) => b.getAttribute('aria-label'))).toEqual([
    '11-26：100次',
    '11-27：0次',
    '11-28：123次',
  ]);
  expect(bars('hours-chart')).toHaveLength(24);
  // On a phone the trend opens at its newest day; the 24 hours fit the width and do not scroll.
  const opensAt = container.querySelector('.trend-chart .bar-chart-scroll')?.getAttribute('data-scroll-into-view');
  expect(container.querySelector(`#${opensAt}`)?.getAttribute('aria-label')).toBe('11-28：123次');
  expect(container.querySelector('.hours-chart')?.classList.contains('bar-chart-fit')).toBe(true);
  expect(container.querySelector('.hours-chart .bar-chart-scroll')).toBeNull();
  expect(bars('hours-chart')[9].getAttribute('aria-label')).toBe('9时：40次');
  expect(bars('weekdays-chart').map((b) => b.querySelector('.chart-label')?.textContent)).toEqual([
    '周一',
    '周二',
    '周三',
    '周四',
    '周五',
    '周六',
    '周日',
  ]);
  const funnel = Array.from(container.querySelectorAll('.funnel .hbar-row')).map((r) => r.textContent);
  expect(funnel).toEqual(['扫码1120', '提交诉求40转化 3.6%', '已答复30转化 75%', '已办结12转化 40%']);
});

test('tapping a township drills down; its page shows the trail and a crumb goes back up', async () => {
  const { unmount } = render(<DashboardPage />);
  fireEvent.click(await screen.findByText('平台镇'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/dashboard/index?subject=220802001' });

  // WeChat opens the next page on top of the first: both stay mounted.
  taro.__setRouterParams({ subject: '220802001' });
  answer = (body) => ({
    ok: true,
    data: dashboardFixture({
      subject: { id: String(body.subject), name: '平台镇', level: 'township' },
      trail: [
        { id: '220800', name: '白城市', level: 'city' },
        { id: '220802', name: '洮北区', level: 'county' },
        { id: '220802001', name: '平台镇', level: 'township' },
      ],
      children: [
        {
          id: 'TB-PT-0007',
          name: '旧站先锋岗',
          level: 'post',
          posts: 0,
          retired: true,
          scans: 3,
          visitors: 3,
          requests: 0,
          inCircle: 0,
          withLocation: 0,
        },
      ],
    }),
  });
  const second = render(<DashboardPage />);
  await waitFor(() => expect(second.container.querySelector('.trail-here')?.textContent).toBe('平台镇'));
  expect(dashboardCalls().at(-1)).toEqual({ action: 'dashboard', subject: '220802001', period: { preset: '30d' } });
  expect(second.container.querySelector('.row-retired')?.textContent).toContain('已撤销');
  expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '统计看板 · 平台镇' });

  // 白城市 is the scope the first page shows: back one page. 洮北区 is on no page below: opened in place.
  fireEvent.click(within(second.container).getByText('白城市'));
  expect(Taro.navigateBack).toHaveBeenLastCalledWith({ delta: 1 });
  fireEvent.click(within(second.container).getByText('洮北区'));
  expect(Taro.redirectTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/dashboard/index?subject=220802' });
  second.unmount();
  unmount();
});

test('自定义 sends the picked days, and the server’s period error shows beside the pickers', async () => {
  const { container } = render(<DashboardPage />);
  await screen.findByText('扫码次数');
  fireEvent.click(screen.getByText('自定义'));
  await waitFor(() => expect(screen.getByText('开始日期')).toBeTruthy());
  expect(dashboardCalls().at(-1)).toEqual({
    action: 'dashboard',
    period: { preset: 'custom', from: '20261122', to: '20261128' },
  });
  answer = () => ({ ok: false, error: { code: 'PERIOD_INVERTED', message: '结束日期不能早于开始日期' } });
  const [, toInput] = Array.from(container.querySelectorAll('.period-custom .picker-input'));
  fireEvent.change(toInput, { target: { value: '2026-11-01' } });
  expect(await screen.findByText('结束日期不能早于开始日期')).toBeTruthy();
  expect(dashboardCalls().at(-1)).toEqual({
    action: 'dashboard',
    period: { preset: 'custom', from: '20261122', to: '20261101' },
  });
  // The last good figures stay on screen.
  expect(container.querySelector('.figure-scans .figure-value')?.textContent).toBe('1,120');
});

test('a subject outside the scope says 无权限查看 with the server’s reason', async () => {
  answer = () => ({ ok: false, error: { code: 'OUT_OF_SCOPE', message: '只能查看您负责区域内的数据' } });
  render(<DashboardPage />);
  expect(await screen.findByText('无权限查看')).toBeTruthy();
  expect(screen.getByText('只能查看您负责区域内的数据')).toBeTruthy();
});

test('top, idle, answers and service counts are listed', async () => {
  const { container } = render(<DashboardPage />);
  await screen.findByText('扫码次数');
  expect(container.querySelector('.top-table')?.textContent).toContain('新立村先锋岗');
  expect(screen.getByText('闲置先锋岗（30天无人扫码）')).toBeTruthy();
  expect(screen.getByText('列出闲置最久的 2 个，共 25 个')).toBeTruthy();
  expect(screen.getByText('从未扫码')).toBeTruthy();
  expect(screen.getByText('2026-10-01')).toBeTruthy();
  expect(screen.getByText('共答复 30 条，中位用时 2.5小时，按时率 93%')).toBeTruthy();
  expect(container.querySelector('.volunteers-table')?.textContent).toContain('1.5小时');
  // 30 answers, 12 of them by the one volunteer listed: the rest are said apart, and the table is whole.
  expect(screen.getByText('其中 18 条由司法所等工作人员答复，不在下表中')).toBeTruthy();
  expect(container.querySelector('.answers-listed')).toBeNull();
  expect(container.querySelector('.mediation-count')?.textContent).toBe('7');
  expect(container.querySelector('.aid-count')?.textContent).toBe('5');
});

test('a table of the 20 with most answers says how many volunteers answered in all', async () => {
  const figures = dashboardFixture().answers;
  answer = () => ({ ok: true, data: dashboardFixture({ answers: { ...figures, volunteerCount: 25 } }) });
  render(<DashboardPage />);
  expect(await screen.findByText('列出答复最多的 1 位志愿者，共 25 位（导出的表格列出全部）')).toBeTruthy();
});

describe('导出CSV on H5', () => {
  let clicked: { href: string; download: string }[];
  let blobs: Blob[];
  beforeEach(() => {
    clicked = [];
    blobs = [];
    URL.createObjectURL = jest.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:csv-1';
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
  });
  afterEach(() => jest.restoreAllMocks());

  test('the children table downloads as the server’s file, BOM kept once, and toasts 已导出', async () => {
    const csv = '\uFEFF名称,扫码\r\n平台镇,700\r\n';
    const reply = (body: Body): Reply =>
      body.action === 'export'
        ? { ok: true, data: { filename: '洮北区_下级统计_20261122-20261128.csv', csv, rows: 1 } }
        : { ok: true, data: dashboardFixture() };
    answer = reply;
    const { container } = render(<DashboardPage />);
    await screen.findByText('扫码次数');
    await act(async () => {
      fireEvent.click(container.querySelector('.export-children') as Element);
    });
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(calls.find((c) => c.action === 'export')).toEqual({
      action: 'export',
      table: 'children',
      subject: '220802',
      period: { preset: '30d' },
      delivery: 'inline',
    });
    expect(clicked[0]).toEqual({ href: 'blob:csv-1', download: '洮北区_下级统计_20261122-20261128.csv' });
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blobs[0]);
    });
    expect(Array.from(bytes.slice(0, 4))).toEqual([0xef, 0xbb, 0xbf, 0xe5]);
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith({ title: '已导出', icon: 'success' }));
  });

  test('the monthly form asks for last month, and a server error is toasted in Chinese', async () => {
    answer = (body) =>
      body.action === 'export'
        ? { ok: false, error: { code: 'FORBIDDEN', message: '您没有权限进行此操作' } }
        : { ok: true, data: dashboardFixture() };
    render(<DashboardPage />);
    fireEvent.click(await screen.findByText('导出月度统计表'));
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith({ title: '您没有权限进行此操作', icon: 'none' }));
    const month = calls.find((c) => c.action === 'export')?.month as string;
    expect(month).toMatch(/^20\d{4}$/);
    expect(clicked).toHaveLength(0);
  });
});

test('links lead to 服务圈覆盖 of the county in view, 岗位管理 and 人员管理', async () => {
  render(<DashboardPage />);
  fireEvent.click(await screen.findByText('服务圈覆盖'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/circles/index?region=220802' });
  fireEvent.click(screen.getByText('岗位管理'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/posts/index' });
  fireEvent.click(screen.getByText('人员管理'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/people/index' });
});
