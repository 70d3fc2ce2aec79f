/** Moves a mediation case one step (受理 → 调查 → 调解 → 达成协议 / 未达成 → 回访). */
import type { AdvanceInput, WorkDetail } from '~/types/api';
import { callCloud } from '../cloud';

/** Records the step with its day and note; replies with the case as it now stands. */
export function advanceCase(input: AdvanceInput): Promise<WorkDetail> {
  return callCloud('work', 'advance', input);
}
