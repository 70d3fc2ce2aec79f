/** 附近的先锋岗 with mocked services: consent first, posts inside the 500 m circle first, township fallback. */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { NearbyData, NearbyPost, TownshipsData } from '~/types/api';
import { answerPrivacy, installPrivacyHandler, usePrivacySheet } from '~/src/components/PageShell/privacy';
import NearbyPage from '~/src/packages/nearby/pages/index';
import { gcj02ToWgs84, wgs84ToGcj02 } from '~/types/gcj02';
import { fetchNearbyPosts } from '~/src/packages/nearby/services/fetchNearbyPosts';
import { fetchTownships } from '~/src/packages/nearby/services/fetchTownships';
import { useAppStore } from '~/src/stores';
import { resetEachTest } from './support/page';

jest.mock('~/src/packages/nearby/services/fetchNearbyPosts');
jest.mock('~/src/packages/nearby/services/fetchTownships');
const nearby = fetchNearbyPosts as jest.MockedFunction<typeof fetchNearbyPosts>;
const townships = fetchTownships as jest.MockedFunction<typeof fetchTownships>;
type Api = Record<string, jest.Mock>;
const stub = Taro as unknown as Api & { __reset: () => void };
const HERE = { latitude: 45.6192, longitude: 122.8389 };

const post = (n: number, distanceM: number | null, inCircle: boolean | null): NearbyPost => ({
  id: `TB-PT-000${n}`,
  name: `先锋岗${n}号`,
  address: `洮北区平台镇第${n}村村部`,
  villageName: `第${n}村`,
  lat: 45.62 + n / 1000,
  lng: 122.84,
  radiusM: 500,
  distanceM,
  inCircle,
});
const byLocation: NearbyData = {
  origin: 'location',
  posts: [post(1, 320, true), post(2, 480, true), post(3, 760, false)],
  withinCount: 2,
};
const tree: TownshipsData = {
  counties: [
    { code: '220802', name: '洮北区', townships: [{ code: '220802100', name: '平台镇' }] },
    { code: '220821', name: '镇赉县', townships: [{ code: '220821100', name: '镇赉镇' }] },
  ],
};

function needsConsent(needed: boolean) {
  stub.getPrivacySetting = jest.fn((o: { success: (r: { needAuthorization: boolean }) => void }) =>
    o.success({ needAuthorization: needed }),
  );
}

resetEachTest();
beforeEach(() => {
  nearby.mockReset().mockResolvedValue(byLocation);
  townships.mockReset().mockResolvedValue(tree);
  stub.getLocation = jest.fn().mockResolvedValue(HERE);
  stub.openLocation = jest.fn().mockResolvedValue({});
  stub.setClipboardData = jest.fn().mockResolvedValue({});
  needsConsent(false);
});
afterEach(() => {
  answerPrivacy(false);
  Reflect.deleteProperty(process.env, 'TARO_ENV');
  for (const k of [
    'getLocation',
    'openLocation',
    'setClipboardData',
    'getPrivacySetting',
    'onNeedPrivacyAuthorization',
  ])
    Reflect.deleteProperty(stub, k);
});

async function openPage() {
  const view = render(<NearbyPage />);
  await act(async () => undefined);
  return view;
}

test('with location: posts whose circle covers the user come first, with distance and 在服务圈内', async () => {
  const { container } = await openPage();
  // Asked in WGS-84, the posts' datum: the server gets the point as WeChat gave it, unconverted.
  expect(stub.getLocation).toHaveBeenCalledWith({ type: 'wgs84' });
  expect(nearby.mock.calls[0][0].location).toEqual({ lat: HERE.latitude, lng: HERE.longitude });
  const cards = Array.from(container.querySelectorAll('.nearby-post'));
  expect(cards.map((c) => c.querySelector('.nearby-post-name')?.textContent)).toEqual([
    '先锋岗1号',
    '先锋岗2号',
    '先锋岗3号',
  ]);
  expect(cards[0].querySelector('.nearby-distance')?.textContent).toBe('约320米');
  expect(cards[0].querySelector('.nearby-in-circle')?.textContent).toBe('在服务圈内');
  expect(cards[2].querySelector('.nearby-in-circle')).toBeNull();
  expect(screen.getByText('您在 2 个先锋岗的500米服务圈内')).toBeTruthy();
  // H5 (the jsdom build) draws a plot: one dot and one circle per post.
  expect(container.querySelectorAll('.nearby-plot-post')).toHaveLength(3);
  expect(container.querySelectorAll('.nearby-plot-circle')).toHaveLength(3);
});

test('each post can be entered, navigated to, and its address copied', async () => {
  await openPage();
  fireEvent.click(screen.getAllByText('导航')[0]);
  // openLocation takes GCJ-02; the post is stored in WGS-84.
  const gcj = wgs84ToGcj02({ lat: byLocation.posts[0].lat, lng: byLocation.posts[0].lng });
  expect(stub.openLocation).toHaveBeenCalledWith(
    expect.objectContaining({ latitude: gcj.lat, longitude: gcj.lng, name: '先锋岗1号' }),
  );
  expect(gcj.lng - byLocation.posts[0].lng).toBeGreaterThan(0.005);
  fireEvent.click(screen.getAllByText('复制地址')[0]);
  expect(stub.setClipboardData).toHaveBeenCalledWith({ data: '洮北区平台镇第1村村部' });
  fireEvent.click(screen.getAllByText('进入')[1]);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/post/index?id=TB-PT-0002&source=manual' });
});

test('location refused: choose a county, then a township, and see its posts', async () => {
  stub.getLocation = jest.fn().mockRejectedValue({ errMsg: 'getLocation:fail auth deny' });
  nearby.mockResolvedValue({ origin: 'township', posts: [post(4, null, null)], withinCount: 0 });
  const { container } = await openPage();
  expect(screen.getByText('没有用到您的位置，请按地区选择')).toBeTruthy();
  fireEvent.click(screen.getByText('洮北区'));
  const option = container.querySelector('.township-option') as HTMLElement;
  expect(option.textContent).toBe('平台镇');
  await act(async () => fireEvent.click(option));
  expect(nearby).toHaveBeenCalledWith({ townshipCode: '220802100' });
  expect(screen.getByText('平台镇的先锋岗')).toBeTruthy();
  expect(container.querySelector('.nearby-post .nearby-distance')).toBeNull();
  expect(screen.getByText('用我的位置查找')).toBeTruthy();
});

test('when WeChat needs privacy consent, the sheet comes before any location request', async () => {
  needsConsent(true);
  const { container } = await openPage();
  expect(container.querySelector('.privacy-sheet')).not.toBeNull();
  expect(stub.getLocation).not.toHaveBeenCalled();
  expect(screen.getByText('查看《隐私说明》')).toBeTruthy();
  // Behind the sheet the page does not claim to be finding the location already.
  expect(screen.queryByText('正在查找您的位置…')).toBeNull();
  expect(screen.getByText(/您同意后，才会用您现在的位置查找附近的先锋岗/)).toBeTruthy();
  await act(async () => fireEvent.click(screen.getByText('同意')));
  expect(container.querySelector('.privacy-sheet')).toBeNull();
  expect(stub.getLocation).toHaveBeenCalledTimes(1);
  await waitFor(() => expect(container.querySelectorAll('.nearby-post')).toHaveLength(3));
});

test('拒绝 on the sheet: no location is asked for, the township picker shows', async () => {
  needsConsent(true);
  const { container } = await openPage();
  await act(async () => fireEvent.click(screen.getByText('拒绝')));
  expect(stub.getLocation).not.toHaveBeenCalled();
  expect(container.querySelectorAll('.county-option')).toHaveLength(2);
});

test('on H5 the sheet is asked once; the answer is remembered', async () => {
  process.env.TARO_ENV = 'h5';
  const first = await openPage();
  expect(first.container.querySelector('.privacy-sheet')).not.toBeNull();
  await act(async () => fireEvent.click(screen.getByText('同意')));
  expect(useAppStore.getState().privacyAgreed).toBe(true);
  first.unmount();
  const second = await openPage();
  expect(second.container.querySelector('.privacy-sheet')).toBeNull();
  expect(stub.getLocation).toHaveBeenCalledTimes(2);
  // The browser speaks WGS-84 (all Taro's H5 offers), the posts' own datum: sent as it is.
  expect(stub.getLocation).toHaveBeenLastCalledWith({ type: 'wgs84' });
  expect(nearby).toHaveBeenLastCalledWith({ location: { lat: HERE.latitude, lng: HERE.longitude } });
});

test('WGS-84 → GCJ-02: the example published with coordtransform, and no change outside China', () => {
  const beijing = wgs84ToGcj02({ lat: 39.915, lng: 116.404 });
  expect(beijing.lat).toBeCloseTo(39.91640428150164, 9);
  expect(beijing.lng).toBeCloseTo(116.41024449916938, 9);
  expect(wgs84ToGcj02({ lat: 51.5, lng: -0.12 })).toEqual({ lat: 51.5, lng: -0.12 });
  const back = gcj02ToWgs84(beijing);
  expect(back.lat).toBeCloseTo(39.915, 6);
  expect(back.lng).toBeCloseTo(116.404, 6);
});

test("WeChat's own onNeedPrivacyAuthorization opens the sheet and gets the answer with the agree button's id", async () => {
  let listener: ((resolve: jest.Mock) => void) | null = null;
  stub.onNeedPrivacyAuthorization = jest.fn((fn: (resolve: jest.Mock) => void) => void (listener = fn));
  installPrivacyHandler();
  const resolve = jest.fn();
  act(() => listener?.(resolve));
  expect(usePrivacySheet.getState().open).toBe(true);
  act(() => answerPrivacy(true));
  expect(resolve).toHaveBeenCalledWith({ event: 'agree', buttonId: 'privacy-agree' });
});
