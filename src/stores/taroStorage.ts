/** zustand persistence over Taro's synchronous storage, so cached state is there on the first render. */
import Taro from '@tarojs/taro';
import type { StateStorage } from 'zustand/middleware';

/** StateStorage backed by Taro.getStorageSync / setStorageSync / removeStorageSync. */
export const taroStorage: StateStorage = {
  getItem: (name) => {
    try {
      const value: unknown = Taro.getStorageSync(name);
      return typeof value === 'string' && value !== '' ? value : null;
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      Taro.setStorageSync(name, value);
    } catch {
      // Storage full or denied: the cache is a nicety, the page still works from the network.
    }
  },
  removeItem: (name) => {
    try {
      Taro.removeStorageSync(name);
    } catch {
      // Same as above: nothing to recover.
    }
  },
};
