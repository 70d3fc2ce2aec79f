/**
 * The lifecycle of a legal-aid pre-application (法律援助预申请): 已提交 → 审查中 → 准予 / 不予法律援助, with 需补充材料
 * when the office asks for more (the applicant's supplement puts it back under review). Decided by the office the
 * application is assigned to (法律援助法 第四十三条); only its staff may reveal the applicant's full numbers.
 */
import type { Lifecycle } from './model';

/** The statuses a legal-aid application passes through. */
export type AidStatus = 'submitted' | 'reviewing' | 'needMore' | 'approved' | 'declined';

const DECISIONS = {
  approve: { by: 'worker', to: ['approved'] },
  decline: { by: 'worker', to: ['declined'] },
  askMore: { by: 'worker', to: ['needMore'] },
} as const;

/** Transition table of a legal-aid application. */
export const AID_LIFECYCLE: Lifecycle<AidStatus> = {
  start: 'submitted',
  statuses: {
    submitted: {
      actions: { startReview: { by: 'worker', to: ['reviewing'] }, ...DECISIONS },
      final: false,
      todo: true,
      promise: true,
    },
    reviewing: { actions: DECISIONS, final: false, todo: true, promise: true },
    // Waits for the applicant: the office cannot decide until the supplement comes.
    needMore: {
      actions: { supplement: { by: 'owner', to: ['reviewing'] } },
      final: false,
      todo: false,
      promise: false,
    },
    approved: { actions: {}, final: true, todo: false, promise: false },
    declined: { actions: {}, final: true, todo: false, promise: false },
  },
  standing: { reveal: 'assignedStaff' },
};
