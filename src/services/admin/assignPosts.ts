/** The posts a volunteer serves (分配先锋岗). */
import type { PersonRow } from '~/types/api';
import { callCloud } from '../cloud';

/** Replaces the volunteer's posts with `postIds` (at most 20, each in scope); replies with the row as it now is. */
export function assignPosts(volunteerId: string, postIds: string[]): Promise<PersonRow> {
  return callCloud('admin', 'assignPosts', { volunteerId, postIds });
}
