/** The admin statistics page: scope and post numbers, bars, and clear wording for 401/403. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { StatsData } from '~/types/api';
import StatsPage from '~/src/packages/admin/pages/stats';
import { CloudError } from '~/src/services/cloudError';
import { useAppStore } from '~/src/stores';
import { landingFixture } from './fixtures/landing';
import { fetchStats as stats } from './support/services';
import { texts } from './support/page';

jest.mock('~/src/services/admin/fetchStats');
const initial = useAppStore.getState();

function statsOf(kind: 'post' | 'region', id: string, name: string, today: number): StatsData {
  const days = ['20261121', '20261122', '20261123', '20261124', '20261125', '20261126', '20261127'].map((day, i) => ({
    day,
    count: i === 6 ? today : i * 3,
    unique: i,
  }));
  return {
    subject: { kind, id, name },
    today: { day: '20261127', count: today, unique: 9 },
    days,
    total: { count: 1234 },
  };
}

beforeEach(() => {
  (Taro as typeof Taro & { __reset: () => void }).__reset();
  useAppStore.setState(initial, true);
  stats.mockReset();
  stats.mockImplementation(async (postId?: string) =>
    postId ? statsOf('post', postId, `岗位${postId}`, 7) : statsOf('region', '220800', '白城市', 321),
  );
});

test('shows the admin scope today, and the most recent post by default', async () => {
  useAppStore.getState().saveLanding(landingFixture(), 1);
  const { container } = render(<StatsPage />);
  await waitFor(() => expect(container.querySelectorAll('.today-count')).toHaveLength(2));
  const counts = texts(container, 'today-count');
  expect(counts).toEqual(['321', '7']);
  expect(screen.getByText('我的管辖范围：白城市')).toBeTruthy();
  expect(screen.getAllByText('今日扫码')).toHaveLength(2);
  expect(screen.getAllByText('11-27').length).toBeGreaterThan(0);
  expect(stats).toHaveBeenCalledWith(undefined);
  expect(stats).toHaveBeenCalledWith('TB-PT-0001');
});

test('the total under the bars names the days it sums, never an all-time 累计', async () => {
  const { container } = render(<StatsPage />);
  await waitFor(() => expect(container.querySelectorAll('.today-count')).toHaveLength(1));
  expect(screen.getByText('近7天共扫码 1234 次')).toBeTruthy();
  expect(container.textContent).not.toContain('累计');
});

test('a typed post id is queried', async () => {
  const { container } = render(<StatsPage />);
  fireEvent.change(container.querySelector('.post-id-input') as HTMLInputElement, { target: { value: 'TB-PT-0099' } });
  fireEvent.click(screen.getByText('查询'));
  expect(await screen.findByText('单个先锋岗：岗位TB-PT-0099')).toBeTruthy();
});

test('401 asks for an admin login; 403 says 无权限', async () => {
  stats.mockRejectedValueOnce(new CloudError('UNAUTHENTICATED'));
  const { unmount } = render(<StatsPage />);
  expect(await screen.findByText('请使用管理员身份登录')).toBeTruthy();
  unmount();
  stats.mockRejectedValueOnce(new CloudError('FORBIDDEN'));
  render(<StatsPage />);
  expect(await screen.findByText('无权限')).toBeTruthy();
});

test('links to 邀请工作人员 and 答复时限', async () => {
  render(<StatsPage />);
  await waitFor(() => expect(stats).toHaveBeenCalled());
  fireEvent.click(screen.getByText('邀请工作人员'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/invite/index' });
  fireEvent.click(screen.getByText('答复时限'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/settings/index' });
});
