/** Asking the post's volunteers a question (法律咨询). */
import type { AskInput, SubmitReply } from '~/types/api';
import { callCloud } from '../cloud';

/** Sends a question; sending the same clientId again creates nothing new. */
export function askQuestion(input: AskInput): Promise<SubmitReply> {
  return callCloud('resident', 'ask', input);
}
