/**
 * The two ways a list or a request's page catches up with what changed elsewhere (an answer, a status, a rating):
 * the pull-down gesture, and coming back to the page from one above it. WeChat fires the pull-down only on pages
 * whose config sets `enablePullDownRefresh: true`; the spinner stays until `stopPullDownRefresh`.
 */
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useRef } from 'react';

/** Pull down to refresh: runs `reload`, then closes WeChat's spinner whether it worked or not. */
export function usePullToRefresh(reload: () => Promise<unknown>): void {
  usePullDownRefresh(() => {
    void reload().finally(() => void Taro.stopPullDownRefresh());
  });
}

/** Loads again each time the page shows after its first show (the mount loads that one), as back from a page. */
export function useReloadOnReturn(reload: () => Promise<unknown>): void {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });
}
