/** Closes a question (办结) with a note the resident sees. */
import type { ActionInput, WorkDetail } from '~/types/api';
import { callCloud } from '../cloud';

/** Closes; replies with the request as it now stands. */
export function closeRequest(input: ActionInput<'work', 'close'>): Promise<WorkDetail> {
  return callCloud('work', 'close', input);
}
