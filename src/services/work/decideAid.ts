/** Legal-aid review: start it, approve or decline, with a reason. */
import type { DecideInput, WorkDetail } from '~/types/api';
import { callCloud } from '../cloud';

/** Records the decision; replies with the application as it now stands. */
export function decideAid(input: DecideInput): Promise<WorkDetail> {
  return callCloud('work', 'decide', input);
}
