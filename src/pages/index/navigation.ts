/** Where the home page leads: one place for the page paths and their query. */
import Taro from '@tarojs/taro';
import type { ScanSource } from '../../../types/domain';

/** Path of the landing page of `postId`. */
export function landingUrl(postId: string, source: ScanSource): string {
  return `/pages/post/index?id=${encodeURIComponent(postId)}&source=${source}`;
}

/** Opens the landing page of `postId`. */
export function openPost(postId: string, source: ScanSource): void {
  Taro.navigateTo({ url: landingUrl(postId, source) }).catch(() => undefined);
}

/** Opens the admin statistics page (admin subpackage). */
export function openStats(): void {
  Taro.navigateTo({ url: '/packages/admin/pages/stats/index' }).catch(() => undefined);
}

/** Opens 附近的先锋岗 (nearby subpackage). */
export function openNearby(): void {
  Taro.navigateTo({ url: '/packages/nearby/pages/index/index' }).catch(() => undefined);
}

/** Opens the privacy notice (privacy subpackage). */
export function openPrivacy(): void {
  Taro.navigateTo({ url: '/packages/privacy/pages/index/index' }).catch(() => undefined);
}
