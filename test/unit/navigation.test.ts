/**
 * Opening pages on a weak network (services/navigation.ts): a page that could not open is said in a toast, a double
 * tap opens it once, WeChat's full stack of pages is met by replacing the top page, and H5's failures to fetch a
 * page's code are recognised. What the H5 recovery does in a real browser is tested over the build, in
 * test/e2e/page-load-offline.test.ts.
 */
import Taro from '@tarojs/taro';
import {
  NAVIGATION_STRINGS,
  isPageLoadFailure,
  openPage,
  recoverFailedPageLoads,
  replacePage,
  restartAt,
} from '~/src/services/navigation';

const navigateTo = Taro.navigateTo as unknown as jest.Mock;
const redirectTo = Taro.redirectTo as unknown as jest.Mock;
const showToast = Taro.showToast as unknown as jest.Mock;

beforeEach(() => {
  (Taro as typeof Taro & { __reset: () => void }).__reset();
  navigateTo.mockImplementation(async () => ({ errMsg: 'navigateTo:ok' }));
});

test('a page that opens says nothing', async () => {
  await expect(openPage('/packages/resident/pages/ask/index?postId=P1')).resolves.toBe(true);
  expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/pages/ask/index?postId=P1' });
  expect(showToast).not.toHaveBeenCalled();
});

test('a page that could not open (its subpackage did not download) is said in a toast, and a tap tries again', async () => {
  navigateTo.mockRejectedValueOnce({ errMsg: 'navigateTo:fail loadSubpackage: fail network error' });
  await expect(openPage('/packages/resident/pages/ask/index')).resolves.toBe(false);
  expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: NAVIGATION_STRINGS.failed, icon: 'none' }));
  expect(NAVIGATION_STRINGS.failed).toBe('网络不给力，页面没有打开，请稍后再试');
  expect(redirectTo).not.toHaveBeenCalled();
  await openPage('/packages/resident/pages/ask/index');
  expect(navigateTo).toHaveBeenCalledTimes(2);
  expect(showToast).toHaveBeenCalledTimes(1);
});

test("WeChat's stack of ten pages is full: the new page replaces the top one", async () => {
  navigateTo.mockRejectedValueOnce({ errMsg: 'navigateTo:fail webview count limit exceed' });
  await expect(openPage('/packages/guides/pages/detail/index?id=g1')).resolves.toBe(true);
  expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/guides/pages/detail/index?id=g1' });
  expect(showToast).not.toHaveBeenCalled();
  redirectTo.mockRejectedValueOnce({ errMsg: 'redirectTo:fail network error' });
  navigateTo.mockRejectedValueOnce({ errMsg: 'navigateTo:fail webview count limit exceed' });
  await expect(openPage('/packages/guides/pages/detail/index?id=g2')).resolves.toBe(false);
  expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: NAVIGATION_STRINGS.failed }));
});

test('a page opened in place, or home after closing every page, says so too when it cannot open', async () => {
  (Taro.redirectTo as unknown as jest.Mock).mockRejectedValueOnce({ errMsg: 'redirectTo:fail network error' });
  await replacePage('/packages/resident/pages/request/index?id=r1');
  const reLaunch = Taro.reLaunch as unknown as jest.Mock;
  reLaunch.mockRejectedValueOnce({ errMsg: 'reLaunch:fail network error' });
  await restartAt('/pages/index/index');
  expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' });
  expect(showToast).toHaveBeenCalledTimes(2);
  expect(navigateTo).not.toHaveBeenCalled();
});

test('a double tap opens the page once; another link in the meantime still opens', async () => {
  let settle: (v: unknown) => void = () => undefined;
  navigateTo.mockImplementationOnce(() => new Promise((r) => (settle = r)));
  const first = openPage('/packages/resident/pages/mine/index');
  const second = openPage('/packages/resident/pages/mine/index');
  // The ignored second tap did not open a page.
  await expect(second).resolves.toBe(false);
  const other = openPage('/packages/privacy/pages/index/index');
  expect(navigateTo.mock.calls.map(([o]) => (o as { url: string }).url)).toEqual([
    '/packages/resident/pages/mine/index',
    '/packages/privacy/pages/index/index',
  ]);
  settle({ errMsg: 'navigateTo:ok' });
  await Promise.all([first, second, other]);
  // Once it has opened (and the person came back), the same link opens again.
  await openPage('/packages/resident/pages/mine/index');
  expect(navigateTo).toHaveBeenCalledTimes(3);
});

test("the browser's failures to fetch a page's code are told apart from other errors", () => {
  const chunk = Object.assign(new Error('Loading chunk 713 failed.\n(error: http://localhost/js/713.js)'), {
    name: 'ChunkLoadError',
  });
  const css = Object.assign(new Error('Loading CSS chunk 713 failed.\n(http://localhost/css/713.css)'), {
    code: 'CSS_CHUNK_LOAD_FAILED',
  });
  expect(isPageLoadFailure(chunk)).toBe(true);
  expect(isPageLoadFailure(css)).toBe(true);
  expect(isPageLoadFailure(new Error('Loading CSS chunk 12 failed.\n(/css/12.css)'))).toBe(true);
  expect(isPageLoadFailure(new Error('网络不给力'))).toBe(false);
  expect(isPageLoadFailure({ errMsg: 'navigateTo:fail' })).toBe(false);
  expect(isPageLoadFailure(undefined)).toBe(false);
  expect(isPageLoadFailure('Loading chunk 1 failed.')).toBe(false);
});

describe('H5: a page whose code could not be fetched', () => {
  const getCurrentPages = Taro.getCurrentPages as unknown as jest.Mock;
  const POST = '/#/pages/post/index?id=P1';
  const ASK = '/#/packages/resident/pages/ask/index?postId=P1';
  const chunkFailure = () =>
    Object.assign(new Error('Loading chunk 713 failed.\n(error: /js/713.js)'), { name: 'ChunkLoadError' });

  /** Dispatches what the browser does when Taro's router leaves a chunk failure uncaught; true if it was handled. */
  function unhandled(reason: unknown): boolean {
    const event = Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  }

  beforeAll(() => {
    process.env.TARO_ENV = 'h5';
    recoverFailedPageLoads();
  });
  afterAll(() => {
    Reflect.deleteProperty(process.env, 'TARO_ENV');
  });

  test('while the address names the page that did not open: told, and the address of the page shown put back', async () => {
    window.history.replaceState(null, '', POST);
    getCurrentPages.mockReturnValue([{ route: '/pages/post/index' }]);
    // Taro's router moves the address first, then fetches the page's code.
    navigateTo.mockImplementationOnce(async () => {
      window.history.pushState(null, '', ASK);
      return { errMsg: 'navigateTo:ok' };
    });
    await openPage('/packages/resident/pages/ask/index?postId=P1');
    expect(unhandled(chunkFailure())).toBe(true);
    expect(window.location.pathname + window.location.hash).toBe(POST);
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: NAVIGATION_STRINGS.failed }));
  });

  test('on a page that did open, a later failure is not taken for one: the address stays, nothing is said', async () => {
    window.history.replaceState(null, '', POST);
    navigateTo.mockImplementationOnce(async () => {
      window.history.pushState(null, '', ASK);
      return { errMsg: 'navigateTo:ok' };
    });
    await openPage('/packages/resident/pages/ask/index?postId=P1');
    getCurrentPages.mockReturnValue([{ route: '/pages/post/index' }, { route: '/packages/resident/pages/ask/index' }]);
    expect(unhandled(chunkFailure())).toBe(false);
    expect(window.location.pathname + window.location.hash).toBe(ASK);
    expect(showToast).not.toHaveBeenCalled();
  });

  test('other rejections are not touched', () => {
    expect(unhandled(new Error('网络不给力'))).toBe(false);
    expect(showToast).not.toHaveBeenCalled();
  });
});
