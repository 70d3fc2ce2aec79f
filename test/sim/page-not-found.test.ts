/**
 * A link to a page the app no longer has (an old 转发 card, a bookmark): WeChat calls the app's onPageNotFound and
 * honours a redirect only when it is made synchronously there. The built app opens the home page at once, then says
 * why.
 */
import { bootApp, until } from './harness';

jest.setTimeout(15000);

type Opts = { url?: string; title?: string; success?: (r: unknown) => void; complete?: (r: unknown) => void };
const relaunched: string[] = [];
const toasts: string[] = [];
const notFoundListeners: ((res: unknown) => void)[] = [];
let open: ReturnType<typeof bootApp>;

beforeAll(() => {
  require('miniprogram-simulate');
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.onPageNotFound = (listener: (res: unknown) => void) => void notFoundListeners.push(listener);
  wx.reLaunch = (o: Opts) => {
    relaunched.push(String(o.url));
    setTimeout(() => {
      o.success?.({ errMsg: 'reLaunch:ok' });
      o.complete?.({ errMsg: 'reLaunch:ok' });
    }, 0);
  };
  wx.showToast = (o: Opts) => {
    toasts.push(String(o.title));
    o.success?.({ errMsg: 'showToast:ok' });
    o.complete?.({ errMsg: 'showToast:ok' });
  };
  open = bootApp(() => ({ ok: false, error: { code: 'UNAVAILABLE', message: '网络不给力' } }));
});

test('a missing page opens the home page within onPageNotFound itself, then says the page is gone', async () => {
  expect(notFoundListeners).toHaveLength(1);
  // WeChat calls the listener with the missing path (an old card's page), then looks for a redirect made within it.
  for (const listener of notFoundListeners) {
    listener({ path: 'packages/old/pages/detail/index', query: { id: 'x' }, isEntryPage: true });
  }
  // Synchronously, as WeChat requires: no await between the event and the redirect.
  expect(relaunched).toEqual(['/pages/index/index']);
  // WeChat then shows the home page, which says why, once.
  const home = open('pages/index/index', {});
  await until(() => toasts.length > 0, home.allText);
  expect(toasts).toEqual(['您要找的页面已经不在了，已为您打开首页']);
  home.show();
  await new Promise((r) => setTimeout(r, 20));
  expect(toasts).toHaveLength(1);
  home.unload();
});
