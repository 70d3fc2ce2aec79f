/**
 * A new version (新版本) of the mini-program. WeChat looks for one at each cold start and downloads it in the
 * background, but uses it only from the next cold start, which on a phone that keeps WeChat running can be days away,
 * while the cloud functions change at once. So once the new version is downloaded the resident is offered a restart
 * (WeChat's `applyUpdate`), once a session, and never over a form: a restart clears what a form holds in memory only
 * (names, ID numbers, the facts of a case: stores/draftsKept.ts). The offer waits until the page shown is the home
 * page or a post's landing page, where nothing is typed; those pages call `offerUpdate` each time they show.
 */
import Taro from '@tarojs/taro';
import { IS_WEAPP } from './platform';

/** The pages the restart may be offered on: nothing is typed there. */
const QUIET_ROUTES: readonly string[] = ['pages/index/index', 'pages/post/index'];

/** The offer (user-facing). WeChat shows at most 4 characters on each of the modal's buttons. */
export const UPDATE_TEXT = {
  title: '小程序有新版本',
  content: '新版本已经下载好，重新打开小程序就能用上。现在重新打开吗？',
  confirm: '重新打开',
  cancel: '下次再说',
} as const;

let apply: (() => void) | null = null;
let offered = false;

function shownRoute(): string | null {
  const pages = Taro.getCurrentPages();
  const route = pages[pages.length - 1]?.route;
  return route ? route.replace(/^\//, '') : null;
}

/** Offers the restart when a new version is ready, it was not offered yet, and the page shown holds nothing typed. */
export function offerUpdate(): void {
  if (!apply || offered) return;
  const route = shownRoute();
  if (!route || !QUIET_ROUTES.includes(route)) return;
  offered = true;
  const restart = apply;
  Taro.showModal({
    title: UPDATE_TEXT.title,
    content: UPDATE_TEXT.content,
    confirmText: UPDATE_TEXT.confirm,
    cancelText: UPDATE_TEXT.cancel,
  }).then(
    (answer) => {
      if (answer.confirm) restart();
    },
    // No modal (the page went away): WeChat still uses the new version from the next cold start.
    () => undefined,
  );
}

/**
 * Listens to WeChat's update manager (weapp; base library 1.9.90+, older ones have none). H5 needs nothing: the
 * browser loads the files the server has. A failed download says nothing: the old version keeps working, and the
 * next cold start tries again.
 */
export function watchForUpdates(): void {
  if (!IS_WEAPP || typeof Taro.getUpdateManager !== 'function') return;
  const manager = Taro.getUpdateManager();
  manager.onUpdateReady(() => {
    apply = () => manager.applyUpdate();
    offerUpdate();
  });
}
