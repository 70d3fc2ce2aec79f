/**
 * The landing's location on WeChat: the page renders from the scan call alone; an already-granted location
 * follows that same scan (scan.locate with its scanId, in WGS-84); otherwise one card offers 分享位置, and a
 * refusal — ours or WeChat's — is remembered so the next scan asks nothing. A queued scan takes the fix along.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import PostPage from '~/src/pages/post';
import { CloudError } from '~/src/services/cloudError';
import { fixNow, forgetFix } from '~/src/services/geo/whereNow';
import { useAppStore } from '~/src/stores';
import { useScanQueue } from '~/src/stores/scanQueue';
import { landingFixture } from './fixtures/landing';
import { landPost as land, sendScanLocation as locate } from './support/services';
import { openWith } from './support/page';

jest.mock('~/src/services/post/landPost');
jest.mock('~/src/services/post/sendScanLocation');
type Stub = typeof Taro & { __reset: () => void; __setRouterParams: (p: Record<string, string>) => void };
const stub = Taro as Stub & Record<string, unknown>;
const wx = stub as unknown as Record<string, jest.Mock>;
const initial = useAppStore.getState();
const HERE = { latitude: 45.6215, longitude: 122.8402 };
const ASK = /分享您现在的位置/;

function grant(privacyNeeded: boolean, scope: boolean) {
  wx.getPrivacySetting = jest.fn((o: { success: (r: { needAuthorization: boolean }) => void }) =>
    o.success({ needAuthorization: privacyNeeded }),
  );
  wx.getSetting = jest.fn().mockResolvedValue({ authSetting: scope ? { 'scope.userLocation': true } : {} });
}

async function open() {
  const view = openWith(<PostPage />, { scene: 'TB-PT-0001' });
  await screen.findByText('平台镇新立村先锋岗');
  await act(async () => undefined);
  return view;
}
const scanIdOfLanding = () => land.mock.calls[0][1];

beforeEach(() => {
  stub.__reset();
  forgetFix();
  land.mockReset().mockResolvedValue(landingFixture());
  locate.mockReset().mockResolvedValue({ located: true, distanceM: 120, inCircle: true });
  useAppStore.setState(initial, true);
  useScanQueue.setState({ scans: [] });
  wx.getLocation = jest.fn().mockResolvedValue(HERE);
  grant(false, false);
});
afterEach(() => {
  for (const k of ['getLocation', 'getSetting', 'getPrivacySetting']) Reflect.deleteProperty(stub, k);
});

test('already granted: the page renders without waiting for the fix, which then follows the same scan', async () => {
  grant(false, true);
  let give: (v: typeof HERE) => void = () => undefined;
  wx.getLocation = jest.fn(() => new Promise((r) => (give = r)));
  await open();
  // Rendered from the one scan call while the fix is still pending; the scan went without a location.
  expect(land).toHaveBeenCalledTimes(1);
  expect(land.mock.calls[0][3]).toBeNull();
  expect(locate).not.toHaveBeenCalled();
  expect(screen.queryByText(ASK)).toBeNull();
  await act(async () => give(HERE));
  expect(wx.getLocation).toHaveBeenCalledWith({ type: 'wgs84' });
  expect(locate).toHaveBeenCalledTimes(1);
  expect(locate).toHaveBeenCalledWith('TB-PT-0001', scanIdOfLanding(), { lat: HERE.latitude, lng: HERE.longitude });
  expect(land).toHaveBeenCalledTimes(1);
});

test('not yet allowed: one card; 分享位置 asks, the fix completes the same scan and the answer is kept', async () => {
  await open();
  expect(wx.getLocation).not.toHaveBeenCalled();
  fireEvent.click(screen.getByText('分享位置'));
  await act(async () => undefined);
  expect(wx.getLocation).toHaveBeenCalledWith({ type: 'wgs84' });
  expect(locate).toHaveBeenCalledWith('TB-PT-0001', scanIdOfLanding(), { lat: HERE.latitude, lng: HERE.longitude });
  expect(useAppStore.getState().landingLocation).toBe('allowed');
  expect(screen.queryByText(ASK)).toBeNull();
});

test('不用了 is remembered: the next scan shows no card and asks for nothing', async () => {
  const first = await open();
  fireEvent.click(screen.getByText('不用了'));
  expect(useAppStore.getState().landingLocation).toBe('refused');
  expect(screen.queryByText(ASK)).toBeNull();
  first.unmount();
  land.mockClear();
  await open();
  expect(screen.queryByText(ASK)).toBeNull();
  expect(wx.getLocation).not.toHaveBeenCalled();
  expect(wx.getSetting).toHaveBeenCalledTimes(1);
  expect(locate).not.toHaveBeenCalled();
});

test("refusing WeChat's own location dialog is remembered too, and nothing is sent", async () => {
  wx.getLocation = jest.fn().mockRejectedValue({ errMsg: 'getLocation:fail auth deny' });
  await open();
  fireEvent.click(screen.getByText('分享位置'));
  await act(async () => undefined);
  expect(useAppStore.getState().landingLocation).toBe('refused');
  expect(locate).not.toHaveBeenCalled();
});

test('a fix of the last two minutes goes with the scan itself: no follow-up', async () => {
  grant(false, true);
  expect(await fixNow()).toEqual({ lat: HERE.latitude, lng: HERE.longitude });
  await open();
  expect(land.mock.calls[0][3]).toEqual({ lat: HERE.latitude, lng: HERE.longitude });
  await act(async () => undefined);
  expect(locate).not.toHaveBeenCalled();
});

test('a scan queued for want of network takes the fix along instead of a follow-up', async () => {
  grant(false, true);
  land.mockReset().mockRejectedValue(new CloudError('NETWORK'));
  stub.__setRouterParams({ scene: 'TB-PT-0001' });
  render(<PostPage />);
  await act(async () => undefined);
  await act(async () => undefined);
  const queued = useScanQueue.getState().scans;
  expect(queued).toHaveLength(1);
  // Kept roughly while it waits (three decimals, about 100 m: scanQueue.ts).
  expect(queued[0]).toMatchObject({ postId: 'TB-PT-0001', location: { lat: 45.622, lng: 122.84 } });
  expect(locate).not.toHaveBeenCalled();
});
