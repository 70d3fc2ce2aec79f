/**
 * A link to a page the app no longer has: an old 转发 card, a bookmark, a page path mistyped into a browser. WeChat
 * would show its own 页面不存在 and H5 a blank screen (Taro's router renders nothing for an unknown route); the app opens
 * the home page instead and says why there. WeChat honours a redirect only when it is made synchronously inside the
 * page-not-found event, so the listener is WeChat's own (`wx.onPageNotFound`, base library 2.1.2+; on H5 Taro's router
 * event), not Taro's React hook, which runs app events a microtask late.
 */
import Taro from '@tarojs/taro';
import { restartHomeSaying } from './homeNotice';

/** What the person is told on the home page (user-facing). */
export const NOT_FOUND_TEXT = { moved: '您要找的页面已经不在了，已为您打开首页' } as const;

/** Home, and the reason said there. */
export function openHomeForMissingPage(): void {
  void restartHomeSaying(NOT_FOUND_TEXT.moved);
}

/** Listens for links to missing pages, once, at launch (a WeChat without the API keeps its own 页面不存在). */
export function watchForMissingPages(): void {
  if (typeof Taro.onPageNotFound === 'function') Taro.onPageNotFound(openHomeForMissingPage);
}
