/** Where the home page leads: one place for the page paths and their query. */
import type { ScanSource } from '~/types/domain';
import { openPage } from '~/src/services/navigation';
import { landingUrl } from '~/src/services/post/landingUrl';

/** A tap handler that opens `url` on top of the home page. */
const go = (url: string) => (): void => void openPage(url);

/** Opens the landing page of `postId`. */
export const openPost = (postId: string, source: ScanSource): void => void openPage(landingUrl(postId, source));
/** Opens the admin statistics page (admin subpackage). */
export const openStats = go('/packages/admin/pages/stats/index');
/** Opens 邀请工作人员 (admin subpackage). */
export const openInvite = go('/packages/admin/pages/invite/index');
/** Opens 答复时限 (admin subpackage). */
export const openSettings = go('/packages/admin/pages/settings/index');
/** Opens the worker's inbox (工作台, work subpackage). */
export const openWork = go('/packages/work/pages/inbox/index');
/** Opens 消息 (resident subpackage; workers get notices there too). */
export const openMessages = go('/packages/resident/pages/outbox/index');
/** Opens 附近的先锋岗 (nearby subpackage). */
export const openNearby = go('/packages/nearby/pages/index/index');
/** Opens the privacy notice (privacy subpackage). */
export const openPrivacy = go('/packages/privacy/pages/index/index');
