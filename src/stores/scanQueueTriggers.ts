/** When queued scans are sent: the app coming to the front, and the network coming back. */
import Taro from '@tarojs/taro';
import { useScanQueue } from './scanQueue';

const flush = () => void useScanQueue.getState().flush();

/** Once at launch: sends queued scans whenever the phone (or browser) gets its network back. */
export function watchNetworkForScans(): void {
  const onChange = Taro.onNetworkStatusChange as typeof Taro.onNetworkStatusChange | undefined;
  try {
    onChange?.((res) => {
      if (res.isConnected) flush();
    });
  } catch {
    // Not offered on this platform: app show and the next successful call still flush.
  }
  // Browsers signal it more reliably than Taro's H5 shim of onNetworkStatusChange.
  if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
    window.addEventListener('online', flush);
  }
}

/** On every app show: sends what the last visit could not. */
export function flushScansOnShow(): void {
  flush();
}
