/**
 * One post per create request (admin.createPost with a `requestId`). Each attempt of a request claims the id it
 * will insert under a key of its own (store.meta.claim), so the two calls of a double tap agree on the id at every
 * attempt: whichever inserts first makes the post, the other finds it stored with the same content and answers
 * it. A retry after a lost reply replays the same claims and finds the same post. An id that another request took
 * (other content) sends both calls on to the next attempt, where they agree again.
 */
import type { Post } from '~/types/domain';
import type { Store } from '~/cloudfunctions/store/port';
import { claimOnce, type OnceRequest } from '../../request-once';
import { samePost } from './same';

/** The id attempt `attempt` of this request creates: `candidate` if this call is the first to claim it. */
export async function claimedId(
  store: Store,
  request: OnceRequest,
  attempt: number,
  candidate: string,
): Promise<string> {
  return claimOnce(store, `posts.create.${attempt}`, request, candidate);
}

/** The stored post of `post.id` when it is this very post (the request's other call made it), else null. */
export async function twinOf(store: Store, post: Post): Promise<Post | null> {
  const stored = await store.posts.byId(post.id);
  return stored && samePost(stored, post) ? stored : null;
}
