/** Adds one of the caller's own answer templates. */
import type { ActionInput, AnswerTemplate } from '~/types/api';
import { callCloud } from '../cloud';

/** Saves the template; replies with it as stored. */
export function saveTemplate(input: ActionInput<'work', 'saveTemplate'>): Promise<AnswerTemplate> {
  return callCloud('work', 'saveTemplate', input);
}
