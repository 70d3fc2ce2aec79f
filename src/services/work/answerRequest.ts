/** Answers a question (or adds a follow-up), with linked guides. */
import type { ActionInput, WorkDetail } from '~/types/api';
import { callCloud } from '../cloud';

/** Sends the answer; replies with the request as it now stands. */
export function answerRequest(input: ActionInput<'work', 'answer'>): Promise<WorkDetail> {
  return callCloud('work', 'answer', input);
}
