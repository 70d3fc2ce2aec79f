/**
 * The admin pages' small talk with WeChat: a toast, a yes/no question, a copy to the clipboard, opening a page.
 * The first three swallow WeChat's own failure (a toast that could not show, a modal dismissed): none of them is an
 * outcome the admin has to act on, and an unhandled rejection would only reach the console. A page that could not
 * open is said in a toast (services/navigation.ts).
 */
import Taro from '@tarojs/taro';
import { asCloudError } from '~/src/hooks/useRemote';

/** Shows `title` as a toast (no icon unless `success`). */
export function toast(title: string, icon: 'none' | 'success' = 'none'): void {
  Taro.showToast({ title, icon }).catch(() => undefined);
}

/** Whatever a service threw, said in a toast in its Chinese message. */
export function toastError(err: unknown): void {
  toast(asCloudError(err).message);
}

/** A failed action in Chinese: the page's own words for a lost network, the server's message for the rest. */
export function failureText(err: unknown, networkError: string): string {
  const e = asCloudError(err);
  return e.code === 'NETWORK' ? networkError : e.message;
}

/** Asks with WeChat's modal; true only when the admin confirmed (a dismissed or failed modal is a no). */
export function confirmed(options: Taro.showModal.Option): Promise<boolean> {
  return Taro.showModal(options).then(
    (answer) => Boolean(answer && answer.confirm),
    () => false,
  );
}

/** Copies `data` and says `copiedTitle` once it is on the clipboard. */
export function copyText(data: string, copiedTitle: string): void {
  Taro.setClipboardData({ data }).then(
    () => toast(copiedTitle),
    () => undefined,
  );
}

/** Opens the page at `url` over this one (a failure to open is said in a toast). */
export { openPage } from '~/src/services/navigation';
