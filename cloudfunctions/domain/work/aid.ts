/** work.decide and work.reveal: legal-aid review by the assigned office, and audit-logged full numbers. */
import { DecideInputSchema, RevealInputSchema, type RevealData, type WorkDetail } from '../../../types/api/work';
import { AppError } from '../../../types/errors';
import type { RequestStatus } from '../../../types/requests';
import type { Route } from '../context';
import { writeAudit } from '../audit/write';
import { decrypt } from '../crypto';
import { notify } from '../notify';
import { detailAfter } from './detail';
import { actorLabel, applyChange, caseInScope, checkText, ensureOpen, transition, workerKey } from './load';
import { W } from './strings';

const DECISIONS = {
  startReview: { from: ['submitted'], to: 'reviewing', note: W.noteReview, title: W.notice.reviewing },
  approve: { from: ['submitted', 'reviewing'], to: 'approved', note: W.noteApprove, title: W.notice.approved },
  decline: { from: ['submitted', 'reviewing'], to: 'declined', note: W.noteDecline, title: W.notice.declined },
} as const satisfies Record<
  string,
  { from: readonly RequestStatus[]; to: RequestStatus; note: (r: string) => string; title: string }
>;

/** work.decide: start the review, approve or decline, each with a reason the resident sees. */
export const decide: Route<typeof DecideInputSchema, WorkDetail> = {
  schema: DecideInputSchema,
  roles: ['volunteer', 'mediator', 'staff'],
  perMinute: 20,
  async handle(ctx, input) {
    const c = await caseInScope(ctx, input.id);
    ensureOpen(c.rec, input.version);
    const d = DECISIONS[input.decision];
    transition(c.rec.kind === 'aid' && (d.from as readonly RequestStatus[]).includes(c.rec.status));
    const reason = input.reason ?? '';
    await checkText(ctx, c.openid, reason);
    const now = ctx.now();
    const decided = input.decision !== 'startReview';
    const first = decided && c.rec.firstAnswerAt === null;
    await applyChange(ctx, c.rec, {
      at: now,
      status: d.to,
      ...(first ? { answeredBy: workerKey(c.user, c.openid), firstAnswerAt: now } : {}),
      ...(decided ? { payload: { decisionReason: reason } } : {}),
      event: { at: now, status: d.to, by: await actorLabel(ctx, c.user, 'aid'), note: d.note(reason) },
    });
    await writeAudit(ctx, { action: `aid.${input.decision}`, record: c.rec.id, detail: d.note(reason) });
    await notify(
      ctx,
      [c.rec.owner],
      {
        title: d.title,
        body: input.decision === 'decline' ? `${reason}\n${W.declineRights}` : reason || W.reviewStarted,
        requestId: c.rec.id,
        target: 'resident',
      },
      decided ? 'answer' : 'progress',
    );
    return detailAfter(ctx, c);
  },
};

/** work.reveal: the full ID number or phone of an aid applicant, to the assigned office's staff only; audited. */
export const reveal: Route<typeof RevealInputSchema, RevealData> = {
  schema: RevealInputSchema,
  roles: ['volunteer', 'mediator', 'staff'],
  perMinute: 30,
  async handle(ctx, input) {
    const c = await caseInScope(ctx, input.id);
    if (c.rec.kind !== 'aid') throw new AppError('FORBIDDEN', W.notAid);
    if (c.user.role !== 'staff' || c.user.serviceId !== c.rec.assignee) throw new AppError('FORBIDDEN');
    const stored = c.rec.payload[input.field];
    if (typeof stored !== 'string' || stored === '') throw new AppError('NOT_FOUND', W.noPhone);
    const value = decrypt(ctx.secrets.dataKey, stored);
    // Logged before the number leaves: a reveal that is not on record never happens.
    await writeAudit(ctx, { action: `reveal.${input.field}`, record: c.rec.id });
    return { value };
  },
};
