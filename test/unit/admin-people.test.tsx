/** 人员管理: the list and its pages, the banner of posts without a volunteer, 分配先锋岗, 停用/恢复, 重新邀请. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { AdminPost, MeData, PeopleData, RegionsData } from '~/types/api';
import PeoplePage from '~/src/packages/admin/pages/people';
import { CloudError } from '~/src/services/cloudError';
import { useAppStore } from '~/src/stores';
import { adminPost as postOf } from '../support/admin-post';
import { personRow } from '../support/admin-rows';
import {
  assignPosts as assign,
  deactivate as stop,
  fetchMe as me,
  fetchPeople as people,
  fetchPosts as posts,
  fetchRegions as regions,
} from './support/services';

jest.mock('~/src/services/admin/fetchPeople');
jest.mock('~/src/services/admin/assignPosts');
jest.mock('~/src/services/admin/deactivate');
jest.mock('~/src/services/admin/fetchPosts');
jest.mock('~/src/services/admin/fetchRegions');
jest.mock('~/src/services/session/fetchMe');
// The shared Taro stand-in has no showModal.
const showModal = jest.fn();
(Taro as unknown as { showModal: jest.Mock }).showModal = showModal;
const initial = useAppStore.getState();

const COUNTY: MeData = { role: 'admin', label: '洮北区司法局管理员', regionCode: '220802', regionName: '洮北区' };
const person = personRow;
const ZHANG = person('v0001', '张明远', { isMediator: true });
const WANG = person('v0002', '王秀兰', { bound: false, villageName: '平安村', posts: [] });
const LIU = person('v0003', '刘红梅', { active: false, bound: false, posts: [] });
const PAGE1: PeopleData = { people: [ZHANG, WANG], nextAfterId: 'v0002', unservedPosts: 3 };
const PAGE2: PeopleData = { people: [LIU], nextAfterId: null, unservedPosts: 3 };
const TOWNSHIPS: RegionsData = {
  parent: { code: '220802', name: '洮北区', level: 'county' },
  regions: [
    { code: '220802100', name: '平台镇', level: 'township' },
    { code: '220802101', name: '到保镇', level: 'township' },
  ],
};
const VILLAGES: RegionsData = {
  parent: { code: '220802100', name: '平台镇', level: 'township' },
  regions: [{ code: '220802100201', name: '新立村', level: 'village' }],
};
const adminPost = (id: string, name: string): AdminPost => postOf(id, name, 0, { address: '', lat: 45.6, lng: 122.8 });

const $ = (c: HTMLElement, sel: string) => c.querySelector(sel) as HTMLElement;
const texts = (c: HTMLElement, sel: string) => Array.from(c.querySelectorAll(sel)).map((n) => n.textContent);
const tap = async (el: Element) => act(async () => void fireEvent.click(el));
const settle = () => act(async () => undefined);

async function renderPage() {
  useAppStore.setState({ me: COUNTY });
  const view = render(<PeoplePage />);
  await settle();
  return view;
}

beforeEach(() => {
  (Taro as typeof Taro & { __reset: () => void }).__reset();
  useAppStore.setState(initial, true);
  people.mockReset().mockImplementation(async (input) => (input.afterId ? PAGE2 : PAGE1));
  assign.mockReset();
  stop.mockReset();
  const offered = [adminPost('TB-PT-0001', '新立村先锋岗'), adminPost('TB-PT-0002', '平安村先锋岗')];
  posts.mockReset().mockImplementation(async ({ q }) => ({
    posts: offered.filter((p) => !q || p.name.includes(q)),
    nextAfterId: null,
  }));
  regions.mockReset().mockImplementation(async (code) => (code ? VILLAGES : TOWNSHIPS));
  me.mockReset().mockResolvedValue(COUNTY);
  showModal.mockReset();
});

test('a non-admin is told to sign in as an admin and no list is asked for', async () => {
  me.mockResolvedValue({ role: 'resident', label: '群众', regionCode: null, regionName: null });
  render(<PeoplePage />);
  await settle();
  expect(screen.getByText('请使用管理员身份登录')).toBeTruthy();
  expect(people).not.toHaveBeenCalled();
});

test('lists volunteers with village, badges and posts, and pages on with 加载更多', async () => {
  const { container } = await renderPage();
  expect(people).toHaveBeenCalledWith({ regionCode: '220802', limit: 20 });
  expect(texts(container, '.person-name')).toEqual(['张明远', '王秀兰']);
  const [zhang, wang] = Array.from(container.querySelectorAll('.person-item')) as HTMLElement[];
  expect(texts(zhang, '.badge')).toEqual(['调解员', '已绑定微信']);
  expect($(zhang, '.person-posts').textContent).toBe('服务的先锋岗：新立村先锋岗');
  expect(texts(wang, '.badge')).toEqual(['未绑定']);
  expect($(wang, '.person-village').textContent).toBe('平安村');
  expect($(wang, '.person-posts').textContent).toBe('未服务任何先锋岗');

  await tap(screen.getByText('加载更多'));
  expect(people).toHaveBeenLastCalledWith({ regionCode: '220802', limit: 20, afterId: 'v0002' });
  expect(texts(container, '.person-name')).toEqual(['张明远', '王秀兰', '刘红梅']);
  const liu = container.querySelectorAll('.person-item')[2] as HTMLElement;
  expect(texts(liu, '.badge')).toEqual(['已停用']);
  expect(liu.querySelector('.person-restore')?.textContent).toBe('恢复');
  expect(screen.queryByText('加载更多')).toBeNull();
  expect(screen.getByText('已全部加载')).toBeTruthy();
});

test('drills to a township and searches by name there', async () => {
  const { container } = await renderPage();
  expect(texts(container, '.region-option')).toEqual(['平台镇', '到保镇']);
  await tap(screen.getByText('平台镇'));
  expect(people).toHaveBeenLastCalledWith({ regionCode: '220802100', limit: 20 });
  expect($(container, '.region-trail').textContent).toBe('本辖区 · 洮北区 › 平台镇');
  // A township's villages are not offered: the list stops at the township.
  expect(container.querySelectorAll('.region-option')).toHaveLength(0);
  fireEvent.change($(container, '.people-q'), { target: { value: ' 张 ' } });
  await tap(screen.getByText('搜索'));
  expect(people).toHaveBeenLastCalledWith({ regionCode: '220802100', limit: 20, q: '张' });
  await tap(screen.getByText('返回上一级'));
  expect(people).toHaveBeenLastCalledWith({ regionCode: '220802', limit: 20, q: '张' });
});

test('the banner counts posts without a volunteer and opens the posts page filtered to them', async () => {
  await renderPage();
  await tap(screen.getByText('3个先锋岗还没有志愿者'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/pages/posts/index?unserved=1&region=220802' });
});

test('no banner when every post has a volunteer; 邀请工作人员 opens the invite page', async () => {
  people.mockResolvedValue({ ...PAGE1, unservedPosts: 0, nextAfterId: null });
  const { container } = await renderPage();
  expect(container.querySelector('.unserved-banner')).toBeNull();
  await tap(screen.getByText('邀请工作人员'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/pages/invite/index' });
});

test('分配先锋岗 removes a chip, adds a searched post and saves those ids; the row shows the result', async () => {
  assign.mockResolvedValueOnce({
    ...ZHANG,
    posts: [{ id: 'TB-PT-0002', name: '平安村先锋岗' }],
  });
  const { container } = await renderPage();
  const zhang = $(container, '.person-item');
  await tap($(zhang, '.person-assign'));
  expect(posts).toHaveBeenCalledWith({ regionCode: '220802', status: 'active', limit: 30 });
  expect(texts(container, '.assign-chip')).toEqual(['新立村先锋岗 ✕']);
  // Already chosen posts are not offered again.
  expect(texts(container, '.assign-option')).toEqual(['平安村先锋岗（新立村）']);
  await tap($(container, '.assign-chip'));
  fireEvent.change($(container, '.assign-q'), { target: { value: '平安' } });
  await tap($(container, '.assign-search-go'));
  expect(posts).toHaveBeenLastCalledWith({ regionCode: '220802', status: 'active', limit: 30, q: '平安' });
  expect(texts(container, '.assign-option')).toEqual(['平安村先锋岗（新立村）']);
  await tap($(container, '.assign-option'));
  await tap(screen.getByText('保存'));
  expect(assign).toHaveBeenCalledWith('v0001', ['TB-PT-0002']);
  expect(container.querySelector('.assign-panel')).toBeNull();
  expect($(zhang, '.person-posts').textContent).toBe('服务的先锋岗：平安村先锋岗');
  expect(Taro.showToast).toHaveBeenCalledWith({ title: '已保存', icon: 'none' });
});

test("a refused assignment keeps the editor open with the server's message", async () => {
  assign.mockRejectedValueOnce(new CloudError('OUT_OF_SCOPE', '先锋岗 TB-PT-0002 不在您的管辖范围内'));
  const { container } = await renderPage();
  await tap($(container, '.person-assign'));
  await tap($(container, '.assign-option'));
  await tap(screen.getByText('保存'));
  expect(assign).toHaveBeenCalledWith('v0001', ['TB-PT-0001', 'TB-PT-0002']);
  expect($(container, '.assign-error').textContent).toBe('先锋岗 TB-PT-0002 不在您的管辖范围内');
  expect(container.querySelector('.assign-panel')).not.toBeNull();
});

test('at most 20 posts can be chosen', async () => {
  const many = Array.from({ length: 18 }, (_, i) => ({
    id: `TB-PT-${String(i + 10).padStart(4, '0')}`,
    name: `岗${i}`,
  }));
  people.mockResolvedValue({ ...PAGE1, people: [{ ...ZHANG, posts: [...ZHANG.posts, ...many] }] });
  const { container } = await renderPage();
  await tap($(container, '.person-assign'));
  expect(container.querySelector('.assign-full')).toBeNull();
  await tap($(container, '.assign-option'));
  expect(container.querySelectorAll('.assign-chip')).toHaveLength(20);
  expect(screen.getByText('最多服务20个先锋岗')).toBeTruthy();
});

test('停用 asks first; confirmed it is sent and the row turns 已停用; 恢复 needs no confirmation', async () => {
  showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
  const { container } = await renderPage();
  const zhang = $(container, '.person-item');
  await tap($(zhang, '.person-deactivate'));
  expect(showModal).toHaveBeenCalledWith(
    expect.objectContaining({ content: '停用后将不再服务任何先锋岗，其微信绑定解除，历史记录保留' }),
  );
  expect(stop).not.toHaveBeenCalled();

  showModal.mockResolvedValueOnce({ confirm: true, cancel: false });
  stop.mockResolvedValueOnce({ ...ZHANG, active: false, bound: false, posts: [] });
  await tap($(zhang, '.person-deactivate'));
  expect(stop).toHaveBeenCalledWith('v0001', false);
  expect(texts(zhang, '.badge')).toEqual(['调解员', '已停用']);
  expect(zhang.querySelector('.person-assign')).toBeNull();

  stop.mockResolvedValueOnce({ ...ZHANG, posts: [], bound: false });
  await tap($(zhang, '.person-restore'));
  expect(stop).toHaveBeenLastCalledWith('v0001', true);
  expect(showModal).toHaveBeenCalledTimes(2);
  expect(Taro.showToast).toHaveBeenLastCalledWith({ title: '已恢复，请重新分配先锋岗', icon: 'none' });
});

test('重新邀请 opens the invite form for this volunteer in the chosen region', async () => {
  const { container } = await renderPage();
  await tap(screen.getByText('平台镇'));
  await tap($(container, '.person-reinvite'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: `/packages/admin/pages/invite/index?volunteerId=v0001&name=${encodeURIComponent('张明远')}&region=220802100`,
  });
});

test('a failed list says so and retries', async () => {
  people.mockRejectedValueOnce(new CloudError('NETWORK'));
  await renderPage();
  expect(screen.getByText('人员列表加载失败')).toBeTruthy();
  await tap(screen.getByText('重试'));
  expect(screen.getByText('张明远')).toBeTruthy();
});
