/** The posts of a region in the admin's scope, any status, paged by id. */
import type * as v from 'valibot';
import type { PostsData, PostsInputSchema } from '~/types/api';
import { callCloud } from '../cloud';

/** One page of posts; `q` filters by name, `unserved` keeps those no volunteer serves. */
export function fetchPosts(input: v.InferInput<typeof PostsInputSchema>): Promise<PostsData> {
  return callCloud('admin', 'posts', input);
}
