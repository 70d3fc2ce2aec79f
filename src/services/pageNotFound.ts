/**
 * A link to a page the app no longer has: an old 转发 card, a bookmark, a page path mistyped into a browser. WeChat
 * would show its own 页面不存在 and H5 a blank screen (Taro's router renders nothing for an unknown route); the app opens
 * the home page instead and says why. WeChat honours a redirect only when it is made synchronously inside the
 * page-not-found event, so the listener is WeChat's own (`wx.onPageNotFound`, base library 2.1.2+; on H5 Taro's router
 * event), not Taro's React hook, which runs app events a microtask late; `restartAt` calls reLaunch before its first
 * await.
 */
import Taro from '@tarojs/taro';
import { restartAt } from './navigation';

/** What the person is told on the home page (user-facing). */
export const NOT_FOUND_TEXT = { moved: '您要找的页面已经不在了，已为您打开首页' } as const;

const HOME = '/pages/index/index';

/** Home, then the reason once home has opened. */
export function openHomeForMissingPage(): void {
  void restartAt(HOME).then((opened) => {
    if (opened) Taro.showToast({ title: NOT_FOUND_TEXT.moved, icon: 'none', duration: 3000 }).catch(() => undefined);
  });
}

/** Listens for links to missing pages, once, at launch (a WeChat without the API keeps its own 页面不存在). */
export function watchForMissingPages(): void {
  if (typeof Taro.onPageNotFound === 'function') Taro.onPageNotFound(openHomeForMissingPage);
}
