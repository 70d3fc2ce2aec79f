/** The app store: landing cache and recent list persist to Taro storage and come back on the next launch. */
import Taro from '@tarojs/taro';
import { POST_CACHE_CAP } from '~/src/stores/postsSlice';
import { STORE_KEY, useAppStore } from '~/src/stores';
import { landingFixture } from './fixtures/landing';

type Stub = typeof Taro & { __reset: () => void };
const initial = useAppStore.getState();

function landing(id: string) {
  const base = landingFixture();
  return landingFixture({ post: { ...base.post, id, name: `岗位${id}` } });
}

beforeEach(() => {
  (Taro as Stub).__reset();
  useAppStore.setState(initial, true);
});

test('a saved landing is written to Taro storage and restored by a fresh store', () => {
  useAppStore.getState().saveLanding(landingFixture(), 1000);
  expect(String(Taro.getStorageSync(STORE_KEY))).toContain('平台镇新立村先锋岗');

  jest.isolateModules(() => {
    const fresh = require('~/src/stores') as typeof import('~/src/stores');
    const state = fresh.useAppStore.getState();
    expect(state.landings['TB-PT-0001'].data.post.name).toBe('平台镇新立村先锋岗');
    expect(state.recent).toEqual([
      { id: 'TB-PT-0001', name: '平台镇新立村先锋岗', village: '新立村', visitedAt: 1000 },
    ]);
  });
});

test('the role is not persisted: a stale admin must not survive a restart', () => {
  useAppStore.setState({ me: { role: 'admin', label: '管理员', regionCode: '220800', regionName: '白城市' } });
  useAppStore.getState().saveLanding(landingFixture(), 1000);
  expect(String(Taro.getStorageSync(STORE_KEY))).not.toContain('管理员');
});

test('the recent list is newest first, without duplicates, capped', () => {
  const { saveLanding } = useAppStore.getState();
  for (let i = 0; i < POST_CACHE_CAP + 5; i++) saveLanding(landing(`P${i}`), i);
  saveLanding(landing('P3'), 999);
  const recent = useAppStore.getState().recent;
  expect(recent).toHaveLength(POST_CACHE_CAP);
  expect(recent[0]).toMatchObject({ id: 'P3', visitedAt: 999 });
  expect(recent.filter((r) => r.id === 'P3')).toHaveLength(1);
  expect(recent[1].id).toBe(`P${POST_CACHE_CAP + 4}`);
});

test('the landing cache keeps the most recently seen posts only', () => {
  const { saveLanding } = useAppStore.getState();
  for (let i = 0; i < POST_CACHE_CAP + 5; i++) saveLanding(landing(`P${i}`), i);
  const ids = Object.keys(useAppStore.getState().landings);
  expect(ids).toHaveLength(POST_CACHE_CAP);
  expect(ids).not.toContain('P0');
  expect(ids).toContain(`P${POST_CACHE_CAP + 4}`);
});

test('forgetting a post drops its cache and its recent entry', () => {
  const { saveLanding, forgetPost } = useAppStore.getState();
  saveLanding(landing('A'), 1);
  saveLanding(landing('B'), 2);
  forgetPost('A');
  const state = useAppStore.getState();
  expect(Object.keys(state.landings)).toEqual(['B']);
  expect(state.recent.map((r) => r.id)).toEqual(['B']);
});
