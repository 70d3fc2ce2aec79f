/** 服务圈覆盖: region and window sent, summary, the three lists, 在此新增先锋岗, the H5 plot, exports. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CirclesPage from '~/src/packages/admin/pages/circles';
import { CloudError } from '~/src/services/cloudError';
import { coverageFixture, type components } from './admin-dashboard-stubs';
import {
  exportCsv as exported,
  fetchCoverage as coverage,
  fetchCoverageClusters as clusters,
} from './support/services';

jest.mock('@tarojs/components', () =>
  (jest.requireActual('./admin-dashboard-stubs') as { components: typeof components }).components(),
);
jest.mock('~/src/services/admin/fetchCoverage');
jest.mock('~/src/services/admin/fetchCoverageClusters');
jest.mock('~/src/services/admin/exportCsv');
const taro = Taro as typeof Taro & { __reset: () => void; __setRouterParams: (p: Record<string, string>) => void };

beforeEach(() => {
  taro.__reset();
  coverage.mockReset();
  coverage.mockResolvedValue(coverageFixture());
  clusters.mockReset();
  exported.mockReset();
  exported.mockResolvedValue('平台镇_未覆盖的村.csv');
});

test('asks for the region of ?region= over 90 days; the days chip refetches only the clusters', async () => {
  taro.__setRouterParams({ region: '220802001' });
  const { container } = render(<CirclesPage />);
  expect(await screen.findByText('平台镇', { selector: '.coverage-region' })).toBeTruthy();
  expect(coverage).toHaveBeenLastCalledWith({ regionCode: '220802001', days: 90 });
  const fewer = { ...coverageFixture().clusters[0], scans: 21, townshipName: '平台镇' };
  clusters.mockResolvedValueOnce({ clusters: [fewer], days: 30 });
  fireEvent.click(screen.getByText('近30天'));
  await waitFor(() => expect(clusters).toHaveBeenLastCalledWith({ regionCode: '220802001', days: 30 }));
  await screen.findByText(/21次/);
  // The circles and villages stay as drawn: one whole fetch in all, and the lists that do not depend on the
  // window are still there.
  expect(coverage).toHaveBeenCalledTimes(1);
  expect(container.querySelector('.uncovered-item')?.textContent).toContain('永胜村');
  expect(container.querySelector('.days-chip.chip-on')?.textContent).toBe('近30天');
});

test('without ?region= the admin’s own scope is asked (the server’s default)', async () => {
  render(<CirclesPage />);
  await waitFor(() => expect(coverage).toHaveBeenCalledWith({ days: 90 }));
});

test('the summary and the three lists say what is missing and where', async () => {
  const { container } = render(<CirclesPage />);
  await screen.findByText('未覆盖的村', { selector: '.panel-title' });
  const value = (cls: string) => container.querySelector(`.${cls} .figure-value`)?.textContent;
  expect([value('villages-total'), value('villages-covered'), value('villages-uncovered')]).toEqual(['3', '2', '1']);
  expect(container.querySelector('.uncovered-item')?.textContent).toBe(
    '永胜村乡镇平台镇最近先锋岗1.8公里在此新增先锋岗',
  );
  expect(container.querySelector('.overlap-item')?.textContent).toBe('新立村先锋岗 ↔ 新立村二组先锋岗距离180米重叠77%');
  expect(container.querySelector('.cluster-item')?.textContent).toBe(
    '平台镇 · 64次建议位置45.63120,122.87050最近先锋岗1.2公里在此新增先锋岗',
  );
});

test('在此新增先锋岗 opens the post form at the suggested spot', async () => {
  const { container } = render(<CirclesPage />);
  await screen.findByText('圈外扫码聚集');
  fireEvent.click(container.querySelector('.cluster-item .create-post') as Element);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({
    url: '/packages/admin/pages/post/index?create=1&lat=45.6312&lng=122.8705',
  });
  fireEvent.click(container.querySelector('.uncovered-item .create-post') as Element);
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({
    url: '/packages/admin/pages/post/index?create=1&lat=45.61&lng=122.86',
  });
});

test('the H5 plot draws a circle per post, a red dot per uncovered village, a green one per suggestion', async () => {
  const { container } = render(<CirclesPage />);
  await screen.findByText('未覆盖的村', { selector: '.panel-title' });
  expect(container.querySelectorAll('.plot-circle')).toHaveLength(2);
  expect(container.querySelector('.plot-village')?.getAttribute('aria-label')).toBe('未覆盖：永胜村');
  expect(container.querySelector('.plot-suggest')?.getAttribute('aria-label')).toBe('建议新增（64次扫码）');
  // Every mark lies inside the square.
  for (const el of Array.from(container.querySelectorAll('.plot-village, .plot-suggest'))) {
    const { left, top } = (el as HTMLElement).style;
    for (const v of [left, top]) expect(parseFloat(v)).toBeGreaterThan(0);
    for (const v of [left, top]) expect(parseFloat(v)).toBeLessThan(100);
  }
  expect(screen.getByText('建议新增位置')).toBeTruthy();
});

test('each list exports its table of this region; clusters with the chosen window', async () => {
  const { container } = render(<CirclesPage />);
  await screen.findByText('未覆盖的村', { selector: '.panel-title' });
  fireEvent.click(container.querySelector('.export-uncovered') as Element);
  await waitFor(() => expect(exported).toHaveBeenLastCalledWith({ table: 'uncovered', subject: '220802001' }));
  await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith({ title: '已导出', icon: 'success' }));
  fireEvent.click(container.querySelector('.export-clusters') as Element);
  await waitFor(() =>
    expect(exported).toHaveBeenLastCalledWith({ table: 'clusters', subject: '220802001', period: { preset: '90d' } }),
  );
  exported.mockRejectedValueOnce(new CloudError('NETWORK'));
  fireEvent.click(container.querySelector('.export-overlaps') as Element);
  await waitFor(() =>
    expect(Taro.showToast).toHaveBeenLastCalledWith({ title: '网络不给力，请检查网络后重试', icon: 'none' }),
  );
});

test('another county’s region says 无权限查看', async () => {
  coverage.mockRejectedValue(new CloudError('OUT_OF_SCOPE'));
  taro.__setRouterParams({ region: '220881' });
  render(<CirclesPage />);
  expect(await screen.findByText('无权限查看')).toBeTruthy();
});

test('a long list shows its first 20 and points to the export for the rest', async () => {
  const data = coverageFixture();
  const pair = data.overlaps[0];
  data.overlaps = Array.from({ length: 45 }, (_, i) => ({ ...pair, b: { id: `P${i}`, name: `岗${i}` } }));
  coverage.mockResolvedValue(data);
  const { container } = render(<CirclesPage />);
  await screen.findByText('重叠较多的先锋岗');
  expect(container.querySelectorAll('.overlap-item')).toHaveLength(20);
  expect(screen.getByText('共 45 条，此处列出前 20 条，全部请导出CSV')).toBeTruthy();
});
