/**
 * 删除我的数据 on the device: every draft, the recent posts, the cached post pages, the location answer, the scans
 * queued offline with their positions, the session's last fix and (H5) the tab's sessionStorage drafts; and, on H5,
 * the same in every other open tab (deviceForgotten.ts).
 */
import { forgetEverywhere } from './deviceForgotten';
import { taroStorage } from './taroStorage';
// Each store registers what it forgets when loaded; these imports make sure all of them are, whatever page the
// resident deletes from.
import './index';
import './scanQueue';
import './sessionDrafts';

/**
 * Where Taro's H5 setClipboardData leaves the last text copied, in localStorage, for good (an address, a phone
 * number, a 协议摘要 on a shared computer). WeChat keeps no such copy; removing a missing key is harmless.
 */
export const TARO_CLIPBOARD_KEY = 'taro_clipboard';

/**
 * Clears what this phone keeps about the resident, in memory and in storage; settings that are not about them
 * (elder mode, privacy consent) stay. Synchronous: works offline, before the server is asked. On H5 it leaves the
 * marker that empties the other open tabs; on weapp there is only this one instance.
 */
export function forgetThisDevice(): void {
  forgetEverywhere();
  void taroStorage.removeItem(TARO_CLIPBOARD_KEY);
}
