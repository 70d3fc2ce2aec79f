/** Deletes one of the caller's own answer templates. */
import { callCloud } from '../cloud';

/** True when a template was deleted. */
export async function deleteTemplate(id: string): Promise<boolean> {
  return (await callCloud('work', 'deleteTemplate', { id })).deleted;
}
