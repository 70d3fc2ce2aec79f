/**
 * 删除我的数据 and the positions this phone holds: scans queued while offline (with the location the resident
 * allowed) leave memory and storage, a round already sending sends no more of them, the session's last fix is
 * forgotten, and a queued position is kept only roughly (about 100 m). The privacy notice says all of it. The
 * last copied text Taro's H5 keeps in localStorage is removed as well.
 */
import { render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import PrivacyPage from '~/src/packages/privacy/pages/index';
import { callCloud } from '~/src/services/cloud';
import { fixNow, forgetFix, freshFix } from '~/src/services/geo/whereNow';
import { forgetThisDevice } from '~/src/stores/forgetDevice';
import { SCAN_QUEUE_KEY, useScanQueue, type QueuedScan } from '~/src/stores/scanQueue';
import { landingFixture } from './fixtures/landing';

jest.mock('~/src/services/cloud', () => ({
  ...jest.requireActual('~/src/services/cloud'),
  callCloud: jest.fn(),
}));
const call = callCloud as jest.MockedFunction<typeof callCloud>;
type Stub = typeof Taro & { __reset: () => void };
const wx = Taro as unknown as Record<string, jest.Mock>;
const initial = useScanQueue.getState();

// A doorstep in 白城: six decimals place it within a metre or so.
const EXACT = { lat: 45.621537, lng: 122.840261 };
const scan = (n: number, location = EXACT): QueuedScan => ({
  postId: `TB-PT-000${n}`,
  scanId: `00000000-0000-4000-8000-00000000000${n}`,
  at: 1_700_000_000_000 + n * 1000,
  source: 'qr',
  location,
});
const stored = () => String(Taro.getStorageSync(SCAN_QUEUE_KEY));

beforeEach(() => {
  (Taro as Stub).__reset();
  forgetFix();
  useScanQueue.setState(initial, true);
  call.mockReset();
});

describe('删除我的数据 and the offline scan queue', () => {
  test('queued scans and their positions are gone from memory and from storage', () => {
    useScanQueue.getState().enqueue(scan(1));
    useScanQueue.getState().enqueue(scan(2));
    expect(stored()).toContain('TB-PT-0001');
    forgetThisDevice();
    expect(useScanQueue.getState().scans).toEqual([]);
    expect(stored()).not.toContain('TB-PT-0001');
    expect(stored()).not.toContain('45.62');
  });

  test('nothing queued is sent later: a round already sending stops after the scan it was on', async () => {
    useScanQueue.getState().enqueue(scan(1));
    useScanQueue.getState().enqueue(scan(2));
    useScanQueue.getState().enqueue(scan(3));
    let answer: (v: unknown) => void = () => undefined;
    call.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    call.mockResolvedValue(landingFixture());
    const round = useScanQueue.getState().flush();
    forgetThisDevice();
    answer(landingFixture());
    await round;
    expect(call).toHaveBeenCalledTimes(1);
    await useScanQueue.getState().flush();
    expect(call).toHaveBeenCalledTimes(1);
  });

  test('the last fix of the session is forgotten too: the next scan carries no position', async () => {
    wx.getLocation = jest.fn().mockResolvedValue({ latitude: EXACT.lat, longitude: EXACT.lng });
    await fixNow();
    expect(freshFix()).toEqual(EXACT);
    forgetThisDevice();
    expect(freshFix()).toBeNull();
  });
});

test('the last text copied on H5, which Taro keeps in localStorage, goes too', () => {
  Taro.setStorageSync('taro_clipboard', '白城市洮北区幸福社区3号楼');
  forgetThisDevice();
  expect(Taro.getStorageSync('taro_clipboard')).toBe('');
});

describe('a queued position at rest', () => {
  test('is kept to three decimals (about 100 m), never the exact point', () => {
    useScanQueue.getState().enqueue(scan(1));
    expect(useScanQueue.getState().scans[0].location).toEqual({ lat: 45.622, lng: 122.84 });
    expect(stored()).not.toContain('45.621537');
    expect(stored()).not.toContain('122.840261');
  });

  test('is sent as it was kept, rounded', async () => {
    useScanQueue.getState().enqueue(scan(1));
    call.mockResolvedValue(landingFixture());
    await useScanQueue.getState().flush();
    expect(call).toHaveBeenCalledWith(
      'scan',
      'land',
      expect.objectContaining({ location: { lat: 45.622, lng: 122.84 } }),
    );
  });

  test('a queue stored exactly by an older version is rounded when read, and storage rewritten', async () => {
    const old = { version: 1, state: { scans: [scan(1)] } };
    Taro.setStorageSync(SCAN_QUEUE_KEY, JSON.stringify(old));
    await useScanQueue.persist.rehydrate();
    expect(useScanQueue.getState().scans[0].location).toEqual({ lat: 45.622, lng: 122.84 });
    expect(stored()).not.toContain('45.621537');
  });
});

test('the privacy notice lists the queue among what the phone keeps, and says 删除我的数据 clears it', () => {
  render(<PrivacyPage />);
  const kept = screen.getByText(/^本机只保存/).textContent ?? '';
  expect(kept).toMatch(/没有网络时扫码/);
  expect(kept).toMatch(/大概位置/);
  expect(kept).toMatch(/删除我的数据.*清除/);
  const place = screen.getByText(/^查找附近先锋岗/).textContent ?? '';
  expect(place).toMatch(/大概位置/);
  expect(screen.getByText(/^删除您提交的全部诉求/).textContent).toMatch(/没发出的扫码记录/);
});
