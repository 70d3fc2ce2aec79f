/** Editing a post: name and address, its location, retiring or restoring it. */
import type { ActionInput, AdminPost } from '~/types/api';
import { callCloud } from '../cloud';

/** Saves the given fields; replies with the post as it now stands (the change is added to its history). */
export function updatePost(input: ActionInput<'admin', 'updatePost'>): Promise<AdminPost> {
  return callCloud('admin', 'updatePost', input);
}
