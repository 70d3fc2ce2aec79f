/** One request in the caller's scope, as the worker sees it (诉求办理). */
import type { WorkDetail } from '~/types/api';
import { callCloud } from '../cloud';

/** The request `id` with its fields, timeline, answers and the actions the caller may take. */
export function fetchCase(id: string): Promise<WorkDetail> {
  return callCloud('work', 'detail', { id });
}
