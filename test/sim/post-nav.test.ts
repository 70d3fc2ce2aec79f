/**
 * The built weapp landing page (miniprogram-simulate over dist/weapp): from a plate the resident reaches 首页,
 * 我的诉求, 消息 and 隐私说明, and a volunteer without a public phone shows where to call, not a masked number.
 */
import { landingFixture } from '../unit/fixtures/landing';
import { bootApp, until, type RenderedPage } from './harness';

jest.setTimeout(15000);

const navigated: string[] = [];
let open: ReturnType<typeof bootApp>;
let page: RenderedPage | null = null;

type Opts = { url: string; success?: (r: unknown) => void; complete?: (r: unknown) => void };
const recorder = (name: string) => (o: Opts) => {
  navigated.push(`${name} ${o.url}`);
  o.success?.({ errMsg: `${name}:ok` });
  o.complete?.({ errMsg: `${name}:ok` });
};

beforeAll(() => {
  require('miniprogram-simulate');
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.navigateTo = recorder('navigateTo');
  wx.reLaunch = recorder('reLaunch');
  open = bootApp((call) =>
    call.name === 'scan'
      ? { ok: true, data: landingFixture() }
      : { ok: false, error: { code: 'UNKNOWN_FUNCTION', message: '没有这个服务' } },
  );
});

afterEach(() => {
  page?.unload();
  page = null;
});

test('the landing page links to 首页, 我的诉求, 消息 and 隐私说明, and each opens its page', async () => {
  page = open('pages/post/index', { scene: encodeURIComponent('TB-PT-0001') });
  const p = page;
  const links = await until(() => (p.texts('post-nav-link').length ? p.texts('post-nav-link') : null), p.allText);
  expect(links).toEqual(['首页', '我的诉求', '消息', '隐私说明']);
  for (const cls of ['nav-home', 'nav-mine', 'nav-outbox', 'nav-privacy']) p.tap(cls);
  await until(
    () => navigated.length === 4,
    () => navigated.join('\n'),
  );
  expect(navigated).toEqual([
    'reLaunch /pages/index/index',
    'navigateTo /packages/resident/pages/mine/index',
    'navigateTo /packages/resident/pages/outbox/index',
    'navigateTo /packages/privacy/pages/index/index',
  ]);
});

test('a volunteer without a public phone says where to call instead; no masked number is shown', async () => {
  page = open('pages/post/index', { scene: encodeURIComponent('TB-PT-0001') });
  const p = page;
  const hint = await until(() => p.texts('volunteer-hint')[0], p.allText);
  expect(hint).toContain('12348');
  expect(p.allText()).not.toContain('139****5678');
});
