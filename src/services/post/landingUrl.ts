/** The landing page's path for one post: the one place its query is spelled. */
import type { ScanSource } from '~/types/domain';

/** The landing's query for `postId` opened from `source` (what WeChat's 收藏 keeps, without the path). */
export function landingQuery(postId: string, source: ScanSource): string {
  return `id=${encodeURIComponent(postId)}&source=${source}`;
}

/** Path of the landing page of `postId`, opened from `source`. */
export function landingUrl(postId: string, source: ScanSource): string {
  return `/pages/post/index?${landingQuery(postId, source)}`;
}
