/**
 * The lifecycle of a question (法律咨询): 待答复 → 已答复 → 已办结, with 需补充材料 when a worker asks the resident for
 * more, and hand-overs (转交, by a worker or by the promise timer when overdue) that start the promise again.
 */
import type { Lifecycle, Move } from './model';

/** The statuses a question passes through. */
export type QuestionStatus = 'pending' | 'needMore' | 'answered' | 'closed';

// The worker's moves are the same from every status that allows them (a follow-up answer, a hand-over that
// starts the promise again, closing), so each is written once and the statuses list which they allow, in the order
// the case page shows them.
const answer: Move<QuestionStatus> = { by: 'worker', to: ['answered'] };
const handOver: Move<QuestionStatus> = { by: 'worker', to: ['pending'] };
const close: Move<QuestionStatus> = { by: 'worker', to: ['closed'] };

/** Transition table of a question. */
export const QUESTION_LIFECYCLE: Lifecycle<QuestionStatus> = {
  start: 'pending',
  statuses: {
    pending: {
      actions: {
        answer,
        askMore: { by: 'worker', to: ['needMore'] },
        handOver,
        close,
        remind: { by: 'timer', to: ['pending'] },
        escalate: { by: 'timer', to: ['pending'] },
      },
      final: false,
      todo: true,
      promise: true,
    },
    needMore: {
      actions: { answer, handOver, supplement: { by: 'owner', to: ['pending'] } },
      final: false,
      todo: false,
      // The question waits for the resident; their supplement starts a new promise.
      promise: false,
    },
    // Answered but open: a worker may add a follow-up answer, hand it over or close it.
    answered: { actions: { answer, handOver, close }, final: false, todo: false, promise: false },
    closed: { actions: {}, final: true, todo: false, promise: false },
  },
  // The resident rates the answer once, whatever the status (the handler also requires an answer and no rating).
  standing: { rate: 'owner' },
};
