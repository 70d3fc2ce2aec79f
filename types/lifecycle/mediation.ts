/**
 * The lifecycle of a mediation case (调解申请): 已提交 → 受理 → 调查 → 调解 → 达成协议 / 未达成协议 → 回访, one dated
 * step at a time (work.advance), by the mediators of the case's room or the staff of its judicial office.
 */
import type { RequestStatus } from '../requests';
import type { Lifecycle } from './model';

/** The statuses a mediation case passes through. */
export type MediationStatus =
  'submitted' | 'accepted' | 'investigating' | 'mediating' | 'agreed' | 'failed' | 'revisited';

/** Transition table of a mediation case. */
export const MEDIATION_LIFECYCLE: Lifecycle<MediationStatus> = {
  start: 'submitted',
  statuses: {
    // The promise is first contact: 受理 meets it, however long the mediation itself then takes.
    submitted: {
      actions: { advance: { by: 'worker', to: ['accepted'] } },
      final: false,
      todo: true,
      promise: true,
    },
    accepted: {
      actions: { advance: { by: 'worker', to: ['investigating'] } },
      final: false,
      todo: true,
      promise: false,
    },
    investigating: {
      actions: { advance: { by: 'worker', to: ['mediating'] } },
      final: false,
      todo: true,
      promise: false,
    },
    mediating: {
      actions: { advance: { by: 'worker', to: ['agreed', 'failed'] } },
      final: false,
      todo: true,
      promise: false,
    },
    // Agreed or not, the case waits for its revisit (回访).
    agreed: { actions: { advance: { by: 'worker', to: ['revisited'] } }, final: false, todo: true, promise: false },
    failed: { actions: { advance: { by: 'worker', to: ['revisited'] } }, final: false, todo: true, promise: false },
    revisited: { actions: {}, final: true, todo: false, promise: false },
  },
  standing: {},
};

/**
 * The steps the app draws for a mediation case, in order (受理 → 调查 → 调解 → 达成协议 / 未达成 → 回访): one path
 * through the table, with 未达成协议 drawn on the agreement step (stepIndex).
 */
// Typed by RequestStatus so that a page may look up any request's status in it (-1: not a step).
export const MEDIATION_STEPS: readonly RequestStatus[] = [
  'accepted',
  'investigating',
  'mediating',
  'agreed',
  'revisited',
];

/** Where a case at `status` stands among MEDIATION_STEPS (未达成协议 on the agreement step); -1 before 受理. */
export function stepIndex(status: RequestStatus): number {
  return MEDIATION_STEPS.indexOf(status === 'failed' ? 'agreed' : status);
}
