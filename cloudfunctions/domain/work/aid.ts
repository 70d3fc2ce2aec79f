/** work.decide and work.reveal: legal-aid review by the assigned office, and audit-logged full numbers. */
import { DecideInputSchema, RevealInputSchema, type RevealData } from '~/types/api/work';
import { AppError } from '~/types/errors';
import { writeAudit } from '../audit/write';
import { decrypt } from '../crypto';
import { payloadOf } from '../requests/payload';
import { takeStep } from './act';
import { checkText } from './load';
import { assignedStaffLook, requestMove } from './route';
import { WORK_TEXT } from './texts';

// What each decision writes in the history and tells the applicant; where it may be taken is the aid lifecycle's.
const DECISIONS = {
  startReview: { note: WORK_TEXT.noteReview, title: WORK_TEXT.notice.reviewing },
  approve: { note: WORK_TEXT.noteApprove, title: WORK_TEXT.notice.approved },
  decline: { note: WORK_TEXT.noteDecline, title: WORK_TEXT.notice.declined },
} as const;

/** work.decide: start the review, approve or decline, each with a reason the resident sees. */
export const decide = requestMove(
  DecideInputSchema,
  (input) => input.decision,
  async (ctx, input, { c, to }) => {
    const d = DECISIONS[input.decision];
    const reason = input.reason ?? '';
    await checkText(ctx, c.openid, reason);
    const decided = input.decision !== 'startReview';
    const now = ctx.now();
    return takeStep(ctx, c, now, {
      to,
      note: d.note(reason),
      firstAnswer: decided,
      change: decided ? { payload: { decisionReason: reason } } : {},
      // Every decision is on record: its audit entry is stored with it, before the applicant is told.
      audit: { action: `aid.${input.decision}`, record: c.rec.id, detail: d.note(reason) },
      notice: {
        title: d.title,
        body:
          input.decision === 'decline' ? `${reason}\n${WORK_TEXT.declineRights}` : reason || WORK_TEXT.reviewStarted,
        kind: decided ? 'answer' : 'progress',
      },
    });
  },
);

/** work.reveal: the full ID number or phone of an aid applicant, to the assigned office's staff only; audited. */
export const reveal = assignedStaffLook(RevealInputSchema, async (ctx, input, c): Promise<RevealData> => {
  const p = payloadOf(c.rec);
  const stored = p.kind === 'aid' ? p[input.field] : null;
  if (stored === null || stored === '') throw new AppError('NOT_FOUND', WORK_TEXT.noPhone);
  const value = decrypt(ctx.secrets.dataKey, stored);
  // Logged before the number leaves: a reveal that is not on record never happens.
  await writeAudit(ctx, { action: `reveal.${input.field}`, record: c.rec.id });
  return { value };
});
