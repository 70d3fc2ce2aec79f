/** work.answer, work.askMore, work.handOver and work.close: what a worker does with a question. */
import {
  AnswerInputSchema,
  AskMoreInputSchema,
  CloseInputSchema,
  HandOverInputSchema,
  type WorkDetail,
} from '../../../types/api/work';
import { AppError } from '../../../types/errors';
import type { Route } from '../context';
import { notify, workersOf } from '../notify';
import { promiseMs } from '../settings';
import { actionsFor, detailAfter, takesHandOver } from './detail';
import { guideExists } from './guides';
import { handOverTargets } from './handover-region';
import { actorLabel, applyChange, caseInScope, checkText, ensureOpen, transition, workerKey } from './load';
import { W } from './strings';

const WORKERS = ['volunteer', 'mediator', 'staff'] as const;
const PER_MINUTE = 20;

/** work.answer: answers a question (pending, waiting for more, or a follow-up to an answer). */
export const answer: Route<typeof AnswerInputSchema, WorkDetail> = {
  schema: AnswerInputSchema,
  roles: WORKERS,
  perMinute: PER_MINUTE,
  async handle(ctx, input) {
    const c = await caseInScope(ctx, input.id);
    ensureOpen(c.rec, input.version);
    transition(c.rec.kind === 'question' && actionsFor(c).includes('answer'));
    const guideIds = [...new Set(input.guideIds)];
    if (!guideIds.every(guideExists)) throw new AppError('INVALID_INPUT', W.guideMissing);
    await checkText(ctx, c.openid, input.text);
    const now = ctx.now();
    const by = await actorLabel(ctx, c.user, 'question');
    const first = c.rec.firstAnswerAt === null;
    await applyChange(ctx, c.rec, {
      at: now,
      status: 'answered',
      ...(first ? { answeredBy: workerKey(c.user, c.openid), firstAnswerAt: now } : {}),
      payload: { askedFor: null },
      event: { at: now, status: 'answered', by, note: c.rec.answers.length === 0 ? W.noteAnswered : W.noteFollowUp },
      answer: { at: now, by, text: input.text, guideIds },
    });
    await notify(
      ctx,
      [c.rec.owner],
      { title: W.notice.answered, body: c.rec.title, requestId: c.rec.id, target: 'resident' },
      'answer',
    );
    return detailAfter(ctx, c);
  },
};

// The page and the notice already say 请您补充：; a worker who starts with it too would have it said twice.
const ASK_PREFIX = /^(请您?|麻烦您?)?补充(一下)?[：:，,、\s]*/;

/** What is asked for, without a leading 请补充： of the worker's own (kept whole if nothing else is left). */
export function askedForText(text: string): string {
  const rest = text.replace(ASK_PREFIX, '').trim();
  return rest.length >= 2 ? rest : text;
}

/** work.askMore: a pending question or an aid application under review waits for the resident's supplement. */
export const askMore: Route<typeof AskMoreInputSchema, WorkDetail> = {
  schema: AskMoreInputSchema,
  roles: WORKERS,
  perMinute: PER_MINUTE,
  async handle(ctx, input) {
    const c = await caseInScope(ctx, input.id);
    ensureOpen(c.rec, input.version);
    transition(actionsFor(c).includes('askMore'));
    await checkText(ctx, c.openid, input.text);
    const wanted = askedForText(input.text);
    const now = ctx.now();
    await applyChange(ctx, c.rec, {
      at: now,
      status: 'needMore',
      payload: { askedFor: wanted },
      event: {
        at: now,
        status: 'needMore',
        by: await actorLabel(ctx, c.user, c.rec.kind),
        note: W.noteAskMore(wanted),
      },
    });
    await notify(
      ctx,
      [c.rec.owner],
      { title: W.notice.askMore, body: wanted, requestId: c.rec.id, target: 'resident' },
      'progress',
    );
    return detailAfter(ctx, c);
  },
};

/** work.handOver: gives a question to an office of the post's own region (handover-region.ts), with a reason. */
export const handOver: Route<typeof HandOverInputSchema, WorkDetail> = {
  schema: HandOverInputSchema,
  roles: WORKERS,
  perMinute: PER_MINUTE,
  async handle(ctx, input) {
    const c = await caseInScope(ctx, input.id);
    ensureOpen(c.rec, input.version);
    transition(c.rec.kind === 'question' && actionsFor(c).includes('handOver'));
    const office = await ctx.store.services.byId(input.toServiceId);
    if (!office || !takesHandOver(office) || office.id === c.rec.assignee) throw new AppError('OFFICE_NOT_FOUND');
    // Only what the page offers: an office of the post's own township, county or city, never another region's.
    const targets = await handOverTargets(ctx.store, c.rec);
    if (!targets.some((t) => t.id === office.id)) throw new AppError('OFFICE_OUT_OF_REGION');
    await checkText(ctx, c.openid, input.reason);
    const now = ctx.now();
    const note = W.noteHandOver(office.name, input.reason);
    await applyChange(ctx, c.rec, {
      at: now,
      status: 'pending',
      assignee: office.id,
      dueAt: now + (await promiseMs(ctx.store)),
      payload: { askedFor: null },
      event: { at: now, status: 'pending', by: await actorLabel(ctx, c.user, 'question'), note },
    });
    await Promise.all([
      notify(
        ctx,
        workersOf(ctx.store, office.id),
        { title: W.notice.assigned, body: c.rec.title, requestId: c.rec.id, target: 'work' },
        'assigned',
      ),
      notify(
        ctx,
        [c.rec.owner],
        { title: W.notice.handedOver, body: note, requestId: c.rec.id, target: 'resident' },
        'progress',
      ),
    ]);
    return detailAfter(ctx, c);
  },
};

/** work.close: closes a pending or answered question (办结) with a note the resident sees. */
export const close: Route<typeof CloseInputSchema, WorkDetail> = {
  schema: CloseInputSchema,
  roles: WORKERS,
  perMinute: PER_MINUTE,
  async handle(ctx, input) {
    const c = await caseInScope(ctx, input.id);
    ensureOpen(c.rec, input.version);
    transition(c.rec.kind === 'question' && actionsFor(c).includes('close'));
    await checkText(ctx, c.openid, input.note);
    const now = ctx.now();
    await applyChange(ctx, c.rec, {
      at: now,
      status: 'closed',
      event: {
        at: now,
        status: 'closed',
        by: await actorLabel(ctx, c.user, 'question'),
        note: W.noteClosed(input.note),
      },
    });
    await notify(
      ctx,
      [c.rec.owner],
      { title: W.notice.closed, body: input.note, requestId: c.rec.id, target: 'resident' },
      'progress',
    );
    return detailAfter(ctx, c);
  },
};
