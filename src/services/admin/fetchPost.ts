/** One post with its history and volunteers (先锋岗详情). */
import type { PostDetail } from '~/types/api';
import { callCloud } from '../cloud';

/** Reads post `postId` as an admin sees it. */
export function fetchPost(postId: string): Promise<PostDetail> {
  return callCloud('admin', 'post', { postId });
}
