/** A new post (新增先锋岗) in a village of the admin's scope. */
import type { ActionInput, AdminPost } from '~/types/api';
import { callCloud } from '../cloud';

/** Creates the post; replies with it as the list shows it (its id is new unless one was given). */
export function createPost(input: ActionInput<'admin', 'createPost'>): Promise<AdminPost> {
  return callCloud('admin', 'createPost', input);
}
