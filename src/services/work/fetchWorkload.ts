/** The caller's own figures (工作量与质量). */
import type { WorkloadData } from '~/types/api';
import { callCloud } from '../cloud';

/** This month's answers, median time, on-time share, rating and what waits now. */
export function fetchWorkload(): Promise<WorkloadData> {
  return callCloud('work', 'workload', {});
}
