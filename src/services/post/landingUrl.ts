/** The landing page's path for one post: the one place its query is spelled. */
import type { ScanSource } from '~/types/domain';

/** Path of the landing page of `postId`, opened from `source`. */
export function landingUrl(postId: string, source: ScanSource): string {
  return `/pages/post/index?id=${encodeURIComponent(postId)}&source=${source}`;
}
