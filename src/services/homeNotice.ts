/**
 * Going home with a word to say there: after leaving a role (已解除绑定), or in place of a page the app no longer has.
 * The word is said by the home page when it shows, not before the switch: H5 hides a toast shown before a page switch
 * completes (Taro's `__afterTaroRouterChange` hides toasts of another page), so it flashed for ≈ 300 ms and was gone.
 */
import Taro from '@tarojs/taro';
import { restartAt } from './navigation';

const HOME = '/pages/index/index';

type Icon = 'success' | 'none';

/** The word owed to the home page once it shows; null when it opens for any other reason. */
let owed: { title: string; icon: Icon } | null = null;

/**
 * Closes every page and opens home, which then says `title`. The reLaunch is called before the first await, so
 * this may serve WeChat's page-not-found event, which honours only a redirect made synchronously.
 */
export async function restartHomeSaying(title: string, icon: Icon = 'none'): Promise<boolean> {
  owed = { title, icon };
  const opened = await restartAt(HOME);
  if (!opened) owed = null;
  return opened;
}

/** Called by the home page each time it shows: says the owed word, once. */
export function sayOwedOnHome(): void {
  if (!owed) return;
  const { title, icon } = owed;
  owed = null;
  Taro.showToast({ title, icon, duration: 3000 }).catch(() => undefined);
}
