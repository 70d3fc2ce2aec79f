/** Hands a question over (转交) to a judicial office or legal-aid office, with a reason. */
import type { ActionInput, WorkDetail } from '~/types/api';
import { callCloud } from '../cloud';

/** Hands over; replies with the request as it now stands. */
export function handOver(input: ActionInput<'work', 'handOver'>): Promise<WorkDetail> {
  return callCloud('work', 'handOver', input);
}
