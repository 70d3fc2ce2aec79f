/**
 * Pages that cannot open, over the BUILT weapp (miniprogram-simulate over dist/weapp), with WeChat's page routing
 * played as strictly as WeChat: a stack of at most 10 pages, past which navigateTo fails with WeChat's own words
 * ("navigateTo:fail webview count limit exceed"), and a subpackage download that can fail on a weak network. From a
 * plate's landing page the resident taps 我的诉求: they are told when the page could not open, and a full stack
 * opens it in place of the top page.
 */
import { landingFixture } from '../unit/fixtures/landing';
import { bootApp, until, type RenderedPage } from './harness';

jest.setTimeout(15000);

type Opts = {
  url: string;
  success?: (r: unknown) => void;
  fail?: (r: unknown) => void;
  complete?: (r: unknown) => void;
};

/** WeChat's page stack as the routing APIs see it (the landing page is the first). */
const stack: string[] = [];
/** The next navigateTo fails with this (a subpackage that did not download), once. */
let failNext: string | null = null;
const toasts: string[] = [];
const MAX_PAGES = 10;

function answer(o: Omit<Opts, 'url'>, errMsg: string, ok: boolean): void {
  if (ok) o.success?.({ errMsg });
  else o.fail?.({ errMsg });
  o.complete?.({ errMsg });
}

let open: ReturnType<typeof bootApp>;
let page: RenderedPage | null = null;

beforeAll(() => {
  // Taro binds the wx APIs when the app loads: defined before it boots, after miniprogram-simulate makes wx.
  require('miniprogram-simulate');
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.navigateTo = (o: Opts) => {
    if (failNext) {
      const errMsg = failNext;
      failNext = null;
      return answer(o, errMsg, false);
    }
    if (stack.length >= MAX_PAGES) return answer(o, 'navigateTo:fail webview count limit exceed', false);
    stack.push(o.url);
    answer(o, 'navigateTo:ok', true);
  };
  wx.redirectTo = (o: Opts) => {
    stack[stack.length - 1] = o.url;
    answer(o, 'redirectTo:ok', true);
  };
  wx.showToast = (o: { title: string; success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
    toasts.push(o.title);
    answer(o, 'showToast:ok', true);
  };
  open = bootApp((call) =>
    call.name === 'scan'
      ? { ok: true, data: landingFixture() }
      : { ok: false, error: { code: 'UNKNOWN_FUNCTION', message: '没有这个服务' } },
  );
});

beforeEach(() => {
  stack.splice(0, stack.length, '/pages/post/index');
  toasts.length = 0;
  failNext = null;
});

afterEach(() => {
  page?.unload();
  page = null;
});

/** The landing page of the fixture's post, once its links show. */
async function landing(): Promise<RenderedPage> {
  page = open('pages/post/index', { scene: encodeURIComponent('TB-PT-0001') });
  const p = page;
  await until(() => (p.texts('post-nav-link').length ? true : null), p.allText);
  return p;
}

test('a subpackage that did not download: the resident is told, the stack is as it was, and a tap again opens it', async () => {
  const p = await landing();
  failNext = 'navigateTo:fail loadSubpackage: fail network error';
  p.tap('nav-mine');
  await until(
    () => (toasts.length ? true : null),
    () => JSON.stringify({ toasts, stack }),
  );
  expect(toasts).toEqual(['网络不给力，页面没有打开，请稍后再试']);
  expect(stack).toEqual(['/pages/post/index']);
  p.tap('nav-mine');
  await until(
    () => (stack.length === 2 ? true : null),
    () => JSON.stringify({ toasts, stack }),
  );
  expect(stack[1]).toBe('/packages/resident/pages/mine/index');
  expect(toasts).toHaveLength(1);
});

test('a full stack of 10 pages: 我的诉求 opens in place of the top page, with nothing to tell', async () => {
  const p = await landing();
  while (stack.length < MAX_PAGES) stack.push('/packages/guides/pages/detail/index');
  p.tap('nav-mine');
  await until(
    () => (stack[MAX_PAGES - 1] === '/packages/resident/pages/mine/index' ? true : null),
    () => JSON.stringify({ toasts, stack }),
  );
  expect(stack).toHaveLength(MAX_PAGES);
  expect(toasts).toEqual([]);
});
