/**
 * Opening a page over the current one, for every page of the app. On a weak network a page can fail to open: on
 * weapp, WeChat could not download its subpackage (navigateTo fails); on H5, the browser could not fetch its code
 * after the address had already changed (Taro's router rejects where no caller can catch it). Either way the person
 * used to tap and see nothing. Now they are told, the page in front stays as it was, and a second tap tries again.
 */
import Taro from '@tarojs/taro';
import { IS_H5 } from '~/src/services/platform';

export const NAVIGATION_STRINGS = {
  failed: '网络不给力，页面没有打开，请稍后再试',
} as const;

/** WeChat keeps at most 10 pages open; past that, navigateTo fails with this (the new page then replaces the top). */
const STACK_FULL = /limit exceed/i;

/** A tap on the same link within this long of its navigation, while that has not settled, is the same tap (ms). */
const SAME_TAP_MS = 10_000;

/** The page being opened and since when. */
let opening: { url: string; since: number } | null = null;

/** H5: the address of the page in front when the last navigation began, to put back if that navigation fails. */
let addressBefore: string | null = null;

function sayFailed(): void {
  Taro.showToast({ title: NAVIGATION_STRINGS.failed, icon: 'none', duration: 3000 }).catch(() => undefined);
}

function errMsg(err: unknown): string {
  return String((err as { errMsg?: unknown } | null)?.errMsg ?? (err as Error | null)?.message ?? err);
}

type Way = 'navigateTo' | 'redirectTo' | 'reLaunch';

/**
 * Goes to `url` the `way` WeChat names. A second tap on the same link while its page is opening is ignored (a double
 * tap opened it twice), for at most SAME_TAP_MS in case WeChat never answers. When WeChat's stack of pages is full,
 * the new page replaces the top one.
 */
async function go(way: Way, url: string): Promise<boolean> {
  const now = Date.now();
  if (opening?.url === url && now - opening.since < SAME_TAP_MS) return false;
  const mine = { url, since: now };
  opening = mine;
  if (IS_H5) addressBefore = window.location.href;
  try {
    await Taro[way]({ url });
    return true;
  } catch (err) {
    if (way === 'navigateTo' && STACK_FULL.test(errMsg(err))) {
      try {
        await Taro.redirectTo({ url });
        return true;
      } catch {
        // Said below, as any page that did not open.
      }
    }
    sayFailed();
    return false;
  } finally {
    if (opening === mine) opening = null;
  }
}

/** Opens `url` over this page (WeChat's navigateTo); resolves whether it opened (a failure was already said). */
export const openPage = (url: string): Promise<boolean> => go('navigateTo', url);
/** Opens `url` in place of this page (redirectTo). */
export const replacePage = (url: string): Promise<boolean> => go('redirectTo', url);
/** Closes every page and opens `url` (reLaunch): home, after leaving a role or finishing a request. */
export const restartAt = (url: string): Promise<boolean> => go('reLaunch', url);

/** Whether `reason` is the browser failing to fetch a page's code (webpack's JS chunks, or their CSS). */
export function isPageLoadFailure(reason: unknown): boolean {
  const e = reason as { name?: unknown; code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  return (
    e.name === 'ChunkLoadError' ||
    e.code === 'CSS_CHUNK_LOAD_FAILED' ||
    (typeof e.message === 'string' && /^Loading (CSS )?chunk \S+ failed/.test(e.message))
  );
}

/** H5: the route in the address bar (hash routing), without its query: `/pages/post/index`. */
function addressedRoute(): string {
  return window.location.hash.replace(/^#/, '').replace(/\?.*$/, '');
}

/**
 * H5: when a page's code could not be fetched while the address already names that page (Taro's router changes the
 * address first), says so and puts back the address of the page still shown, so that the browser's back button and
 * the next tap behave. The address is replaced in place: going back instead made Taro's router unload and rebuild
 * the page in front, and a back tap soon after the next page opened then left a blank screen. A failure on a page
 * that did open (its address and the page shown agree) is not a page that failed to open, and is left alone.
 * Installed once, at launch.
 */
export function recoverFailedPageLoads(): void {
  if (!IS_H5) return;
  window.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    if (!isPageLoadFailure(event.reason)) return;
    const pages = Taro.getCurrentPages();
    const shown = pages[pages.length - 1]?.route;
    if (!addressBefore || shown === undefined || shown === addressedRoute()) return;
    event.preventDefault();
    sayFailed();
    window.history.replaceState(window.history.state, '', addressBefore);
    addressBefore = null;
  });
}
