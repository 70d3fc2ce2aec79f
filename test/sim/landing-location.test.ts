/**
 * The built weapp's landing with location already granted (privacy consent given, scope.userLocation on): the post
 * renders from the scan call, then the fix (asked in WGS-84) follows that same scan as scan.locate.
 */
import { landingFixture } from '../unit/fixtures/landing';
import { bootApp, until, type RenderedPage } from './harness';

jest.setTimeout(15000);

const calls: { name: string; data: Record<string, unknown> }[] = [];
const asked: unknown[] = [];
let page: RenderedPage | null = null;
let open: ReturnType<typeof bootApp>;

beforeAll(() => {
  // Defined before the app boots (Taro binds wx APIs then), after miniprogram-simulate creates the global wx.
  require('miniprogram-simulate');
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  type Cb = { success?: (r: unknown) => void; complete?: (r: unknown) => void };
  const answer = (o: Cb, r: Record<string, unknown>) => {
    o.success?.(r);
    o.complete?.(r);
  };
  wx.getPrivacySetting = (o: Cb) => answer(o, { needAuthorization: false, errMsg: 'getPrivacySetting:ok' });
  wx.getSetting = (o: Cb) => answer(o, { authSetting: { 'scope.userLocation': true }, errMsg: 'getSetting:ok' });
  wx.getLocation = (o: Cb & { type?: string }) => {
    asked.push(o.type);
    answer(o, { latitude: 45.6215, longitude: 122.8402, errMsg: 'getLocation:ok' });
  };
  open = bootApp((call) => {
    calls.push(call);
    if (call.name === 'scan' && call.data.action === 'land') return { ok: true, data: landingFixture() };
    if (call.name === 'scan' && call.data.action === 'locate') {
      return { ok: true, data: { located: true, distanceM: 120, inCircle: true } };
    }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '没有这个操作' } };
  });
});

afterAll(() => page?.unload());

test('a granted location follows the landing scan as scan.locate with the same scanId, in WGS-84', async () => {
  page = open('pages/post/index', { scene: 'TB-PT-0001' });
  const p = page;
  await until(() => p.texts('post-name')[0] === '平台镇新立村先锋岗', p.allText);
  const locate = await until(() => calls.find((c) => c.data.action === 'locate'), p.allText);
  const land = calls.find((c) => c.data.action === 'land')!;
  expect(land.data.location).toBeUndefined();
  expect(locate.data).toEqual({
    action: 'locate',
    postId: 'TB-PT-0001',
    scanId: land.data.scanId,
    location: { lat: 45.6215, lng: 122.8402 },
  });
  expect(asked).toEqual(['wgs84']);
  expect(calls.filter((c) => c.data.action === 'land')).toHaveLength(1);
  // Nothing was asked on the page: the card is for residents who have not allowed location yet.
  expect(p.texts('location-ask')).toEqual([]);
});
