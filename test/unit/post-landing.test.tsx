/** The post landing page as a resident sees it, with the scan service mocked. */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { LandingData } from '~/types/api';
import PostPage from '~/src/pages/post';
import { CloudError } from '~/src/services/cloudError';
import { useAppStore } from '~/src/stores';
import { landingFixture } from './fixtures/landing';
import { landPost as land } from './support/services';
import { callButton, resetEachTest, stub, texts } from './support/page';

jest.mock('~/src/services/post/landPost');

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function open(params: Record<string, string>) {
  stub.__setRouterParams(params);
  return render(<PostPage />);
}

resetEachTest(land);

test('shows the post, its place, the circle and its volunteers; one scan call with a time-ordered scan id (UUID v7)', async () => {
  land.mockResolvedValueOnce(landingFixture());
  const { container } = open({ id: 'TB-PT-0001', source: 'link' });
  expect(await screen.findByText('平台镇新立村先锋岗')).toHaveProperty('className', 'post-name');
  expect(screen.getByText('洮北区 · 平台镇 · 新立村')).toBeTruthy();
  expect(screen.getByText('500米公共法律服务圈')).toBeTruthy();
  const names = texts(container, 'volunteer-name');
  expect(names).toEqual(['王秀兰', '李建国']);
  expect(screen.getByText('调解员')).toBeTruthy();
  // One of the two mediates: the heading names both kinds of people it lists.
  expect(screen.getByText('法律明白人和调解员')).toHaveProperty('className', 'section-title');
  expect(land).toHaveBeenCalledTimes(1);
  expect(land.mock.calls[0][0]).toBe('TB-PT-0001');
  expect(land.mock.calls[0][1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(land.mock.calls[0][2]).toBe('link');
});

test('a volunteer with a public phone gets a call button that dials the number', async () => {
  land.mockResolvedValueOnce(landingFixture());
  const { container } = open({ id: 'TB-PT-0001' });
  await screen.findByText('王秀兰');
  const card = container.querySelectorAll('.volunteer')[0] as HTMLElement;
  fireEvent.click(within(card).getByText('拨打电话'));
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13804361234' });
});

test('a volunteer without a public phone says where to call instead, with no number that looks dialable', async () => {
  land.mockResolvedValueOnce(landingFixture());
  const { container } = open({ id: 'TB-PT-0001' });
  await screen.findByText('李建国');
  const card = container.querySelectorAll('.volunteer')[1] as HTMLElement;
  expect(card.textContent).not.toMatch(/\d{3}\*+\d{4}/);
  expect(card.textContent).not.toContain('139');
  expect(card.textContent).toContain('12348公共法律服务热线');
  expect(card.textContent).toContain('我要咨询');
  expect(within(card).queryByRole('button')).toBeNull();
});

test('from a plate the resident reaches 首页, 我的诉求, 消息 and 隐私说明', async () => {
  land.mockResolvedValueOnce(landingFixture());
  const { container } = open({ id: 'TB-PT-0001' });
  await screen.findByText('王秀兰');
  const nav = container.querySelector('.post-nav') as HTMLElement;
  fireEvent.click(within(nav).getByText('首页'));
  expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' });
  fireEvent.click(within(nav).getByText('我的诉求'));
  fireEvent.click(within(nav).getByText('消息'));
  fireEvent.click(within(nav).getByText('隐私说明'));
  expect((Taro.navigateTo as jest.Mock).mock.calls.map((c) => c[0].url)).toEqual([
    '/packages/resident/pages/mine/index',
    '/packages/resident/pages/outbox/index',
    '/packages/privacy/pages/index/index',
  ]);
});

test('nearby services show stars, distance and call buttons; 12348 is the first city contact', async () => {
  land.mockResolvedValueOnce(landingFixture());
  const { container } = open({ id: 'TB-PT-0001' });
  await screen.findByText('平台镇司法所');
  expect(screen.getByText('★★★★★')).toBeTruthy();
  expect(screen.getByText('约1.2公里')).toBeTruthy();
  expect(screen.getByText('约120米')).toBeTruthy();
  const city = container.querySelector('.city-contacts') as HTMLElement;
  expect(city.querySelectorAll('.service-name')[0].textContent).toBe('12348 公共法律服务热线');
  fireEvent.click(callButton(city, '拨打电话 12348'));
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12348' });
});

test('a weapp QR scene is decoded and counted as a qr scan', async () => {
  land.mockResolvedValueOnce(landingFixture());
  open({ scene: encodeURIComponent('TB-PT-0001') });
  await screen.findByText('平台镇新立村先锋岗');
  expect(land.mock.calls[0][0]).toBe('TB-PT-0001');
  expect(land.mock.calls[0][2]).toBe('qr');
});

test('with no mediator among them, the list is headed 法律明白人 alone', async () => {
  const fixture = landingFixture();
  land.mockResolvedValueOnce(
    landingFixture({ volunteers: fixture.volunteers.map((v) => ({ ...v, isMediator: false })) }),
  );
  const { container } = open({ id: 'TB-PT-0001' });
  await screen.findByText('王秀兰');
  expect(texts(container, 'section-title')).toContain('法律明白人');
  expect(screen.queryByText('法律明白人和调解员')).toBeNull();
  expect(screen.queryByText('调解员')).toBeNull();
});

test('no volunteers yet: says whom to call instead', async () => {
  land.mockResolvedValueOnce(landingFixture({ volunteers: [] }));
  open({ id: 'TB-PT-0001' });
  expect(await screen.findByText('本村还没有法律明白人')).toBeTruthy();
  expect(screen.getByText('有事请拨打下方司法所或12348电话')).toBeTruthy();
});

test('POST_NOT_FOUND shows the friendly page with the bundled 12348 and a way home', async () => {
  land.mockRejectedValueOnce(new CloudError('POST_NOT_FOUND'));
  open({ id: 'NOPE' });
  expect(await screen.findByText('没有找到这个先锋岗')).toBeTruthy();
  fireEvent.click(callButton(document.body, '拨打电话 12348'));
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12348' });
  fireEvent.click(screen.getByText('返回首页'));
  expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' });
});

test('POST_RETIRED says the post was retired', async () => {
  land.mockRejectedValueOnce(new CloudError('POST_RETIRED'));
  open({ id: 'OLD1' });
  expect(await screen.findByText('这个先锋岗已撤销')).toBeTruthy();
  expect(screen.getByText('12348 公共法律服务热线')).toBeTruthy();
});

test('a malformed id goes to the friendly page without calling the network', () => {
  open({ id: '../../etc' });
  expect(screen.getByText('没有找到这个先锋岗')).toBeTruthy();
  expect(land).not.toHaveBeenCalled();
});

test('network error: 网络不给力 with 重试, and retry (same scan id) shows the post', async () => {
  land.mockRejectedValueOnce(new CloudError('NETWORK')).mockResolvedValueOnce(landingFixture());
  open({ id: 'TB-PT-0001' });
  expect(await screen.findByText('网络不给力')).toBeTruthy();
  expect(screen.getByText('12348 公共法律服务热线')).toBeTruthy();
  fireEvent.click(screen.getByText('重试'));
  expect(await screen.findByText('平台镇新立村先锋岗')).toBeTruthy();
  expect(land).toHaveBeenCalledTimes(2);
  expect(land.mock.calls[1][1]).toBe(land.mock.calls[0][1]);
});

test('a repeat visit renders the cached post before the network answers, then refreshes', async () => {
  useAppStore.getState().saveLanding(landingFixture(), 1);
  const answer = deferred<LandingData>();
  land.mockReturnValueOnce(answer.promise);
  open({ id: 'TB-PT-0001', source: 'recent' });
  expect(screen.getByText('平台镇新立村先锋岗')).toBeTruthy();
  const base = landingFixture();
  await act(async () => answer.resolve(landingFixture({ post: { ...base.post, name: '新立村先锋岗（已更新）' } })));
  expect(screen.getByText('新立村先锋岗（已更新）')).toBeTruthy();
  expect(useAppStore.getState().recent[0].name).toBe('新立村先锋岗（已更新）');
});

test('offline with a cache: shows the cached post with a notice and 重试', async () => {
  useAppStore.getState().saveLanding(landingFixture(), 1);
  land.mockRejectedValueOnce(new CloudError('NETWORK'));
  open({ id: 'TB-PT-0001' });
  expect(await screen.findByText('网络不给力，显示的是上次的内容')).toBeTruthy();
  expect(screen.getByText('平台镇新立村先锋岗')).toBeTruthy();
  expect(screen.getByText('重试')).toBeTruthy();
});
