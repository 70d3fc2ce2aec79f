/** 岗位管理: the list asks the server with the chosen filters, pages with 加载更多, flags 无志愿者, opens the other pages. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { RegionsData } from '~/types/api';
import { clearRegionCache } from '~/src/packages/admin/components/RegionSelect';
import PostsPage from '~/src/packages/admin/pages/posts';
import { CloudError } from '~/src/services/cloudError';
import { adminPost } from '../support/admin-post';
import { fetchPosts as posts, fetchRegions as regions } from './support/services';

// WeChat's onShow, played by the test: every registered page callback runs.
const mockShows: Array<() => void> = [];
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  ...jest.requireActual<object>('./stubs/taro'),
  useDidShow: (fn: () => void) => void mockShows.push(fn),
}));
jest.mock('~/src/services/admin/fetchPosts');
jest.mock('~/src/services/admin/fetchRegions');

const COUNTY = { code: '220802', name: '洮北区', level: 'county' };
const REGIONS: Record<string, RegionsData> = {
  root: {
    parent: COUNTY,
    regions: [
      { code: '220802100', name: '平台镇', level: 'township' },
      { code: '220802101', name: '到保镇', level: 'township' },
    ],
  },
};

const $ = (c: HTMLElement, sel: string) => c.querySelector(sel) as HTMLElement;
const texts = (c: HTMLElement, sel: string) => Array.from(c.querySelectorAll(sel)).map((n) => n.textContent);
const click = async (el: Element) => act(async () => void fireEvent.click(el));

async function show() {
  const view = render(<PostsPage />);
  await act(async () => undefined);
  return view;
}

beforeEach(() => {
  (Taro as typeof Taro & { __reset: () => void }).__reset();
  clearRegionCache();
  regions.mockReset().mockImplementation(async (code?: string) => REGIONS[code ?? 'root']);
  posts.mockReset().mockResolvedValue({
    posts: [adminPost('TB-PT-0001', '新立村先锋岗', 2), adminPost('TB-PT-0002', '平安村先锋岗', 0)],
    nextAfterId: 'TB-PT-0002',
  });
});

test('lists the posts in use of the whole scope; a post without volunteers is flagged 无志愿者', async () => {
  const { container } = await show();
  expect(posts).toHaveBeenCalledTimes(1);
  expect(posts).toHaveBeenLastCalledWith({ status: 'active', limit: 50 });
  expect(texts(container, '.post-row-name')).toEqual(['新立村先锋岗', '平安村先锋岗']);
  expect(container.querySelectorAll('.post-row-where.place-line')).toHaveLength(2);
  expect(texts(container, '.post-row-where')).toEqual(['平台镇\u00a0· 新立村', '平台镇\u00a0· 新立村']);
  expect(texts(container, '.post-row-volunteers')).toEqual(['志愿者 2']);
  expect(texts(container, '.post-row-unserved')).toEqual(['无志愿者']);
  expect(screen.getByText('全部 · 洮北区')).toBeTruthy();
});

test('a post served by a mediator says how many of its volunteers are mediators', async () => {
  posts.mockResolvedValue({
    posts: [adminPost('TB-PT-0001', '新立村先锋岗', 3, { mediators: 1 }), adminPost('TB-PT-0002', '平安村先锋岗', 1)],
    nextAfterId: null,
  });
  const { container } = await show();
  expect(texts(container, '.post-row-volunteers')).toEqual(['志愿者 3（含调解员 1）', '志愿者 1']);
});

test('加载更多 asks after the last id and appends; the end is said', async () => {
  const { container } = await show();
  posts.mockResolvedValueOnce({
    posts: [adminPost('TB-PT-0003', '东风村先锋岗', 1, { status: 'retired' })],
    nextAfterId: null,
  });
  await click(screen.getByText('加载更多'));
  expect(posts).toHaveBeenLastCalledWith({ status: 'active', afterId: 'TB-PT-0002', limit: 50 });
  expect(texts(container, '.post-row-name')).toEqual(['新立村先锋岗', '平安村先锋岗', '东风村先锋岗']);
  expect(texts(container, '.post-row-status')).toEqual(['已撤销']);
  expect(screen.queryByText('加载更多')).toBeNull();
  expect(screen.getByText('没有更多了')).toBeTruthy();
});

test('township, name, status and 无志愿者 go to the server as filters, from the first page again', async () => {
  const { container } = await show();
  await click(screen.getByText('平台镇'));
  expect(posts).toHaveBeenLastCalledWith({ regionCode: '220802100', status: 'active', limit: 50 });
  fireEvent.change($(container, '.search-input'), { target: { value: ' 新立 ' } });
  await click(screen.getByText('搜索'));
  expect(posts).toHaveBeenLastCalledWith({ regionCode: '220802100', status: 'active', q: '新立', limit: 50 });
  await click(screen.getByText('已撤销'));
  expect(posts).toHaveBeenLastCalledWith({ regionCode: '220802100', status: 'retired', q: '新立', limit: 50 });
  await click(screen.getByText('全部'));
  await click($(container, '.unserved-option'));
  expect(posts).toHaveBeenLastCalledWith({ regionCode: '220802100', q: '新立', unserved: true, limit: 50 });
  await click(screen.getByText('全部 · 洮北区'));
  expect(posts).toHaveBeenLastCalledWith({ q: '新立', unserved: true, limit: 50 });
});

test('the buttons open 新增, 批量导入, a post, and the plates of the chosen township only', async () => {
  await show();
  fireEvent.click(screen.getByText('打印本乡镇二维码牌'));
  expect(Taro.navigateTo).not.toHaveBeenCalled();
  expect(screen.getByText('选择一个乡镇后可打印本乡镇的二维码牌')).toBeTruthy();
  await click(screen.getByText('平台镇'));
  fireEvent.click(screen.getByText('打印本乡镇二维码牌'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/plates/index?township=220802100' });
  fireEvent.click(screen.getByText('新增先锋岗'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/post/index?create=1' });
  fireEvent.click(screen.getByText('批量导入'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/import/index' });
  fireEvent.click(screen.getByText('平安村先锋岗'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/post/index?postId=TB-PT-0002' });
});

test('coming back to the page (onShow) reloads the list with the same filters', async () => {
  await show();
  await click(screen.getByText('已撤销'));
  const latest = mockShows.slice(-2);
  await act(async () => latest.forEach((f) => f()));
  expect(posts).toHaveBeenCalledTimes(2);
  await act(async () => latest.forEach((f) => f()));
  expect(posts).toHaveBeenCalledTimes(3);
  expect(posts).toHaveBeenLastCalledWith({ status: 'retired', limit: 50 });
});

test('a township admin prints the plates of their township without picking it', async () => {
  regions.mockImplementation(async () => ({
    parent: { code: '220802100', name: '平台镇', level: 'township' },
    regions: [{ code: '220802100201', name: '新立村', level: 'village' }],
  }));
  await show();
  expect(screen.queryByText('新立村')).toBeNull();
  fireEvent.click(screen.getByText('打印本乡镇二维码牌'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/admin/pages/plates/index?township=220802100' });
});

test('a refused list says 无权查看 and why, with no 重试 that cannot help', async () => {
  posts.mockRejectedValueOnce(new CloudError('FORBIDDEN'));
  await show();
  expect(screen.getByText('无权查看')).toBeTruthy();
  expect(screen.getByText('您没有权限进行此操作')).toBeTruthy();
  expect(screen.queryByText('重试')).toBeNull();
});

test('a list that failed on the network can be retried', async () => {
  posts.mockRejectedValueOnce(new CloudError('NETWORK'));
  await show();
  await click(screen.getByText('重试'));
  expect(screen.getByText('新立村先锋岗')).toBeTruthy();
});
