/**
 * Every way a resident reaches a post, over the BUILT weapp: a plate's mini-program code (`scene`), a plain QR code
 * of the plate link (`q`, as WeChat passes it for 扫普通链接二维码打开小程序) and the home page's 扫一扫 reading a
 * mini-program code (`path`). Each ends on the landing with the post's name, after one scan call counted as `qr`.
 */
import { landingFixture } from '../unit/fixtures/landing';
import { bootApp, until, type RenderedPage } from './harness';

jest.setTimeout(15000);

const calls: { name: string; data: Record<string, unknown> }[] = [];
const navigated: string[] = [];
let scanned: Record<string, string> = {};
let open: ReturnType<typeof bootApp>;
let page: RenderedPage | null = null;

beforeAll(() => {
  // Taro binds the wx APIs when the app loads: the scanner and navigation are defined before it boots (and after
  // miniprogram-simulate, which creates the global wx).
  require('miniprogram-simulate');
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.scanCode = (o: { success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
    const res = { ...scanned, errMsg: 'scanCode:ok' };
    o.success?.(res);
    o.complete?.(res);
  };
  wx.navigateTo = (o: { url: string; success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
    navigated.push(o.url);
    o.success?.({ errMsg: 'navigateTo:ok' });
    o.complete?.({ errMsg: 'navigateTo:ok' });
  };
  open = bootApp((call) => {
    calls.push(call);
    if (call.name === 'scan' && call.data.postId === 'TB-PT-0001') return { ok: true, data: landingFixture() };
    if (call.name === 'scan') {
      return { ok: false, error: { code: 'POST_NOT_FOUND', message: '没有找到这个先锋岗，请确认二维码是否完整' } };
    }
    return { ok: false, error: { code: 'UNKNOWN_FUNCTION', message: '没有这个服务' } };
  });
});

afterEach(() => {
  page?.unload();
  page = null;
  calls.length = 0;
  navigated.length = 0;
});

/** Opens the landing with `query` and waits for the post's name. */
async function landOn(query: Record<string, string>): Promise<string[]> {
  page = open('pages/post/index', query);
  const p = page;
  return until(() => (p.texts('post-name').length ? p.texts('post-name') : null), p.allText);
}

function scanCalls() {
  return calls.filter((c) => c.name === 'scan' && c.data.action === 'land');
}

test('a plate mini-program code (scene) lands on its post, one scan counted as qr', async () => {
  expect(await landOn({ scene: encodeURIComponent('TB-PT-0001') })).toEqual(['平台镇新立村先锋岗']);
  expect(scanCalls()).toHaveLength(1);
  expect(scanCalls()[0].data).toMatchObject({ postId: 'TB-PT-0001', source: 'qr' });
});

test('a plain QR code of the plate link (q=) lands on its post, one scan counted as qr', async () => {
  const q = encodeURIComponent('https://pp.baicheng.example.cn/s/TB-PT-0001');
  expect(await landOn({ q, scancode_time: '1764726000' })).toEqual(['平台镇新立村先锋岗']);
  expect(scanCalls()).toHaveLength(1);
  expect(scanCalls()[0].data).toMatchObject({ postId: 'TB-PT-0001', source: 'qr' });
});

test('a q= that is not a plate link shows the friendly unknown-post page and calls nothing', async () => {
  page = open('pages/post/index', { q: encodeURIComponent('https://shop.example.com/item?id=1') });
  const p = page;
  expect(await until(() => p.texts('unknown-title')[0], p.allText)).toBe('没有找到这个先锋岗');
  expect(scanCalls()).toHaveLength(0);
});

test("扫一扫 on a plate's mini-program code (path) opens the landing, which renders the post", async () => {
  scanned = { scanType: 'WX_CODE', path: `pages/post/index?scene=${encodeURIComponent('TB-PT-0001')}`, result: '' };
  const home = open('pages/index/index', {});
  await until(() => home.texts('scan-button').length > 0, home.allText);
  home.tap('scan-button');
  await until(() => navigated.length === 1, home.allText);
  home.unload();
  const [pagePath, query] = navigated[0].replace(/^\//, '').split('?');
  expect(pagePath).toBe('pages/post/index');
  const params = Object.fromEntries(new URLSearchParams(query));
  expect(await landOn(params)).toEqual(['平台镇新立村先锋岗']);
  expect(scanCalls()).toHaveLength(1);
  expect(scanCalls()[0].data).toMatchObject({ postId: 'TB-PT-0001', source: 'qr' });
});
