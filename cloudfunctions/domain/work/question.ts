/** work.answer, work.askMore, work.handOver and work.close: what a worker does with a question. */
import { AnswerInputSchema, AskMoreInputSchema, CloseInputSchema, HandOverInputSchema } from '~/types/api/work';
import { AppError } from '~/types/errors';
import type { HandlerContext } from '../context';
import { promiseMs } from '../settings';
import { takeStep } from './act';
import { takesHandOver } from './detail';
import { guideExists } from './guides';
import { handOverTargets } from './handover-region';
import { actorLabel, checkText, type ScopedRequest } from './load';
import { requestMove } from './route';
import { WORK_TEXT } from './texts';

/** work.answer: answers a question (pending, waiting for more, or a follow-up to an answer). */
export const answer = requestMove(
  AnswerInputSchema,
  () => 'answer',
  async (ctx, input, { c, to }) => {
    const guideIds = [...new Set(input.guideIds)];
    if (!guideIds.every(guideExists)) throw new AppError('INVALID_INPUT', WORK_TEXT.guideMissing);
    await checkText(ctx, c.openid, input.text);
    const now = ctx.now();
    const by = await actorLabel(ctx, c.user, 'question');
    return takeStep(ctx, c, now, {
      to,
      by,
      note: c.rec.answers.length === 0 ? WORK_TEXT.noteAnswered : WORK_TEXT.noteFollowUp,
      firstAnswer: true,
      change: { payload: { askedFor: null }, answer: { at: now, by, text: input.text, guideIds } },
      notice: { title: WORK_TEXT.notice.answered, body: c.rec.title, kind: 'answer' },
    });
  },
);

// The page and the notice already say 请您补充：; a worker who starts with it too would have it said twice.
const ASK_PREFIX = /^(请您?|麻烦您?)?补充(一下)?[：:，,、\s]*/;

/** What is asked for, without a leading 请补充： of the worker's own (kept whole if nothing else is left). */
export function askedForText(text: string): string {
  const rest = text.replace(ASK_PREFIX, '').trim();
  return rest.length >= 2 ? rest : text;
}

/** work.askMore: a pending question or an aid application under review waits for the resident's supplement. */
export const askMore = requestMove(
  AskMoreInputSchema,
  () => 'askMore',
  async (ctx, input, { c, to }) => {
    await checkText(ctx, c.openid, input.text);
    const wanted = askedForText(input.text);
    const note = WORK_TEXT.noteAskMore(wanted);
    return takeStep(ctx, c, ctx.now(), {
      to,
      note,
      change: { payload: { askedFor: wanted } },
      // On a legal-aid application asking for more is one of the office's decisions, on record as 准予 and 不予 are;
      // on a question it is not.
      ...(c.rec.kind === 'aid' ? { audit: { action: 'aid.askMore' as const, record: c.rec.id, detail: note } } : {}),
      notice: { title: WORK_TEXT.notice.askMore, body: wanted, kind: 'progress' },
    });
  },
);

/** The office a question may be handed to: one taking hand-overs, of the post's own region (handover-region.ts). */
async function handOverOffice(ctx: HandlerContext, c: ScopedRequest, id: string) {
  const office = await ctx.store.services.byId(id);
  if (!office || !takesHandOver(office) || office.id === c.rec.assignee) throw new AppError('OFFICE_NOT_FOUND');
  // Only what the page offers: an office of the post's own township, county or city, never another region's.
  const targets = await handOverTargets(ctx.store, c.rec);
  if (!targets.some((t) => t.id === office.id)) throw new AppError('OFFICE_OUT_OF_REGION');
  return office;
}

/** work.handOver: gives a question to an office of the post's own region, with a reason; the promise restarts. */
export const handOver = requestMove(
  HandOverInputSchema,
  () => 'handOver',
  async (ctx, input, { c, to }) => {
    const office = await handOverOffice(ctx, c, input.toServiceId);
    await checkText(ctx, c.openid, input.reason);
    const now = ctx.now();
    const note = WORK_TEXT.noteHandOver(office.name, input.reason);
    const dueAt = now + (await promiseMs(ctx.store));
    return takeStep(ctx, c, now, {
      to,
      note,
      change: { assignee: office.id, dueAt, payload: { askedFor: null } },
      notice: { title: WORK_TEXT.notice.handedOver, body: note, kind: 'progress' },
      newAssignee: { id: office.id, title: WORK_TEXT.notice.assigned },
    });
  },
);

/** work.close: closes a pending or answered question (办结) with a note the resident sees. */
export const close = requestMove(
  CloseInputSchema,
  () => 'close',
  async (ctx, input, { c, to }) => {
    await checkText(ctx, c.openid, input.note);
    return takeStep(ctx, c, ctx.now(), {
      to,
      note: WORK_TEXT.noteClosed(input.note),
      notice: { title: WORK_TEXT.notice.closed, body: input.note, kind: 'progress' },
    });
  },
);
