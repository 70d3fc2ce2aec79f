/** Asks the resident for more detail or material (请群众补充). */
import type { ActionInput, WorkDetail } from '~/types/api';
import { callCloud } from '../cloud';

/** Sends what is needed; replies with the request as it now stands. */
export function askMore(input: ActionInput<'work', 'askMore'>): Promise<WorkDetail> {
  return callCloud('work', 'askMore', input);
}
