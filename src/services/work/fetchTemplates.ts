/** Answer templates (答复模板): built-in ones, then the caller's own. */
import type { AnswerTemplate } from '~/types/api';
import { callCloud } from '../cloud';

/** Every template the caller may use. */
export async function fetchTemplates(): Promise<AnswerTemplate[]> {
  return (await callCloud('work', 'templates', {})).templates;
}
