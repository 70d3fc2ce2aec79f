/** 消息: notices newest first, unread marked; a tap marks read and opens the right page; 全部已读; refreshes. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Notice, NoticesData } from '~/types/api';
import OutboxPage from '~/src/packages/resident/pages/outbox';
import { CloudError } from '~/src/services/cloudError';
import { useAppStore } from '~/src/stores';
import { fetchOutbox as outbox, readOutbox as read } from './support/services';
import { stub } from './support/page';

// The shared stand-in's useDidShow does nothing; here it runs on mount (as WeChat's first onShow does) and the
// pull-down handler is kept so a test can pull.
const mockShows: (() => void)[] = [];
let mockPull: (() => void) | null = null;
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual<Record<string, unknown>>('./stubs/taro');
  const { useEffect } = jest.requireActual<typeof import('react')>('react');
  return {
    ...actual,
    __esModule: true,
    useDidShow: (fn: () => void) => {
      useEffect(() => {
        mockShows.push(fn);
        fn();
        // Once per mount, like the first onShow; later shows are played by hand.
        // eslint-disable-next-line react-hooks/exhaustive-deps
      }, []);
    },
    usePullDownRefresh: (fn: () => void) => {
      mockPull = fn;
    },
  };
});
jest.mock('~/src/services/requests/fetchOutbox');
jest.mock('~/src/services/requests/readOutbox');
const stopPullDownRefresh = jest.fn();
Object.assign(Taro, { stopPullDownRefresh });
const initial = useAppStore.getState();
const T = Date.UTC(2026, 10, 27, 1, 30);

function notice(over: Partial<Notice>): Notice {
  return {
    id: 'n00000001',
    at: T,
    title: '您的咨询有了答复',
    body: '拖欠工资',
    requestId: 'rq0000001',
    target: 'resident',
    read: false,
    ...over,
  };
}

const DATA: NoticesData = {
  // Deliberately out of order: the page shows newest first whatever the reply's order.
  notices: [
    notice({ id: 'n00000001', at: T, title: '您的咨询有了答复', read: true }),
    notice({ id: 'n00000003', at: T + 7200_000, title: '新的咨询待答复', requestId: 'rq0000009', target: 'work' }),
    notice({ id: 'n00000002', at: T + 3600_000, title: '法律援助申请已受理' }),
  ],
  unread: 2,
};

async function renderOutbox() {
  const view = render(<OutboxPage />);
  await act(async () => undefined);
  return view;
}

const texts = (c: HTMLElement, sel: string) => Array.from(c.querySelectorAll(sel)).map((n) => n.textContent);

beforeEach(() => {
  stub.__reset();
  outbox.mockReset();
  read.mockReset();
  stopPullDownRefresh.mockReset();
  mockShows.length = 0;
  mockPull = null;
  useAppStore.setState(initial, true);
});

test('newest first, unread ones marked, with the unread count', async () => {
  outbox.mockResolvedValueOnce(DATA);
  const { container } = await renderOutbox();
  expect(texts(container, '.message-title')).toEqual(['新的咨询待答复', '法律援助申请已受理', '您的咨询有了答复']);
  expect(texts(container, '.message-unread .message-title')).toEqual(['新的咨询待答复', '法律援助申请已受理']);
  expect(texts(container, '.message-dot')).toEqual(['未读', '未读']);
  expect(screen.getByText('2条未读')).toBeTruthy();
  expect(texts(container, '.message-time')[0]).toBe('11月27日 11:30');
});

test("tapping a resident's notice marks it read and opens 诉求详情", async () => {
  outbox.mockResolvedValueOnce(DATA);
  read.mockResolvedValueOnce(1);
  const { container } = await renderOutbox();
  await act(async () => fireEvent.click(screen.getByText('法律援助申请已受理')));
  expect(read).toHaveBeenCalledWith(['n00000002']);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/pages/request/index?id=rq0000001' });
  expect(texts(container, '.message-unread .message-title')).toEqual(['新的咨询待答复']);
  expect(screen.getByText('1条未读')).toBeTruthy();
});

test("a worker's notice opens the worker's case page", async () => {
  outbox.mockResolvedValueOnce(DATA);
  read.mockResolvedValueOnce(1);
  await renderOutbox();
  await act(async () => fireEvent.click(screen.getByText('新的咨询待答复')));
  expect(read).toHaveBeenCalledWith(['n00000003']);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/work/pages/case/index?id=rq0000009' });
});

test('a read notice opens without marking again; one without a request opens nothing', async () => {
  outbox.mockResolvedValueOnce({
    notices: [notice({ read: true }), notice({ id: 'n0000000a', title: '系统通知', requestId: null, target: null })],
    unread: 1,
  });
  read.mockResolvedValueOnce(0);
  await renderOutbox();
  await act(async () => fireEvent.click(screen.getByText('您的咨询有了答复')));
  expect(read).not.toHaveBeenCalled();
  expect(Taro.navigateTo).toHaveBeenCalledTimes(1);
  await act(async () => fireEvent.click(screen.getByText('系统通知')));
  expect(read).toHaveBeenCalledWith(['n0000000a']);
  expect(Taro.navigateTo).toHaveBeenCalledTimes(1);
});

test('全部已读 marks everything read', async () => {
  outbox.mockResolvedValueOnce(DATA);
  read.mockResolvedValueOnce(0);
  const { container } = await renderOutbox();
  await act(async () => fireEvent.click(screen.getByText('全部已读')));
  expect(read).toHaveBeenCalledWith();
  expect(container.querySelectorAll('.message-unread')).toHaveLength(0);
  expect(container.querySelector('.read-all')).toBeNull();
});

test('a failed 全部已读 leaves the marks and says so', async () => {
  outbox.mockResolvedValueOnce(DATA);
  read.mockRejectedValueOnce(new CloudError('NETWORK'));
  const { container } = await renderOutbox();
  await act(async () => fireEvent.click(screen.getByText('全部已读')));
  expect(container.querySelectorAll('.message-unread')).toHaveLength(2);
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '网络不给力，请检查网络后重试' }));
});

test('pulling down and showing again load afresh; pull-down stops its spinner', async () => {
  outbox
    .mockResolvedValueOnce({ notices: [], unread: 0 })
    .mockResolvedValueOnce(DATA)
    .mockResolvedValueOnce({ notices: [notice({ title: '调解已受理' })], unread: 1 });
  const { container } = await renderOutbox();
  expect(screen.getByText('还没有消息')).toBeTruthy();
  await act(async () => mockPull?.());
  expect(stopPullDownRefresh).toHaveBeenCalledTimes(1);
  expect(container.querySelectorAll('.message-item')).toHaveLength(3);
  await act(async () => mockShows[mockShows.length - 1]());
  expect(texts(container, '.message-title')).toEqual(['调解已受理']);
});

test('a failed load offers a retry', async () => {
  outbox.mockRejectedValueOnce(new CloudError('NETWORK')).mockResolvedValueOnce(DATA);
  const { container } = await renderOutbox();
  expect(screen.getByText('网络不给力')).toBeTruthy();
  await act(async () => fireEvent.click(screen.getByText('重试')));
  expect(container.querySelectorAll('.message-item')).toHaveLength(3);
});
