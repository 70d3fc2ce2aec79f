/** Where the home page leads: one place for the page paths and their query. */
import Taro from '@tarojs/taro';
import type { ScanSource } from '~/types/domain';

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

/** Opens 邀请工作人员 (admin subpackage). */
export function openInvite(): void {
  Taro.navigateTo({ url: '/packages/admin/pages/invite/index' }).catch(() => undefined);
}

/** Opens 答复时限 (admin subpackage). */
export function openSettings(): void {
  Taro.navigateTo({ url: '/packages/admin/pages/settings/index' }).catch(() => undefined);
}

/** Opens the worker's inbox (工作台, work subpackage). */
export function openWork(): void {
  Taro.navigateTo({ url: '/packages/work/pages/inbox/index' }).catch(() => undefined);
}

/** Opens 消息 (resident subpackage; workers get notices there too). */
export function openMessages(): void {
  Taro.navigateTo({ url: '/packages/resident/pages/outbox/index' }).catch(() => undefined);
}

/** Opens 附近的先锋岗 (nearby subpackage). */
export function openNearby(): void {
  Taro.navigateTo({ url: '/packages/nearby/pages/index/index' }).catch(() => undefined);
}

/** Opens the privacy notice (privacy subpackage). */
export function openPrivacy(): void {
  Taro.navigateTo({ url: '/packages/privacy/pages/index/index' }).catch(() => undefined);
}
