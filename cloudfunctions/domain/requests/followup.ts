/**
 * resident.supplement, resident.rate, resident.outbox, resident.readOutbox: what a resident does after submitting.
 * Only their own requests; anyone else's answer exactly as a missing one.
 */
import {
  NoticesInputSchema,
  RateInputSchema,
  ReadNoticesInputSchema,
  SupplementInputSchema,
  type NoticesData,
} from '~/types/api/requests';
import { AppError } from '~/types/errors';
import { allows, nextOf } from '~/types/lifecycle';
import type { RequestStatus } from '~/types/requests';
import type { RequestRecord } from '../../store/port';
import type { HandlerContext, Route } from '../context';
import { notify, workersOf } from '../notify';
import { promiseMs } from '../settings';
import { reviewFlag, screenText } from '../content-check';
import { photoIdsOf } from './evidence';
import { formatPayload, payloadOf } from './payload';
import { checkPhotos } from './photos';
import { FOLLOWUP_TEXT } from './texts';
import { ownerOf } from './submit';

/** The outbox shows at most this many notices. */
export const OUTBOX_LIMIT = 50;

async function ownRequest(ctx: HandlerContext, id: string): Promise<{ owner: string; rec: RequestRecord }> {
  const owner = ownerOf(ctx);
  const rec = await ctx.store.requests.byId(id);
  if (!rec || rec.owner !== owner) throw new AppError('REQUEST_NOT_FOUND');
  return { owner, rec };
}

/** The resident's text screened: 'risky' refused; 'review' or a failed check flag the request (content-check.ts). */
async function checkText(ctx: HandlerContext, owner: string, text: string): Promise<Record<string, string>> {
  return reviewFlag(await screenText(ctx.contentChecker, text, owner, FOLLOWUP_TEXT.contentRejected));
}

async function store(
  ctx: HandlerContext,
  rec: RequestRecord,
  change: Parameters<HandlerContext['store']['requests']['update']>[2],
) {
  const outcome = await ctx.store.requests.update(rec.id, rec.version, change);
  if (outcome === 'stale') throw new AppError('REQUEST_CHANGED');
  if (outcome === 'missing') throw new AppError('REQUEST_NOT_FOUND');
}

/** resident.supplement: only while the handler waits for it (needMore); the request goes back to them. */
export const supplement: Route<typeof SupplementInputSchema, { status: RequestStatus }> = {
  schema: SupplementInputSchema,
  perMinute: 10,
  async handle(ctx, input) {
    const { owner, rec } = await ownRequest(ctx, input.id);
    // Only while the handler waits for it (需补充材料); the lifecycle says where it goes back to.
    const [status] = nextOf(rec.kind, rec.status, 'supplement');
    if (status === undefined) throw new AppError('INVALID_TRANSITION', FOLLOWUP_TEXT.notAsked);
    if (rec.kind === 'aid') await checkPhotos(ctx, owner, input.photos);
    else if (input.photos.length > 0) throw new AppError('INVALID_INPUT', FOLLOWUP_TEXT.photosOnlyAid);
    const flag = await checkText(ctx, owner, input.text);
    const now = ctx.now();
    const before = payloadOf(rec).supplements;
    await store(ctx, rec, {
      at: now,
      status,
      ...(rec.kind === 'question' ? { dueAt: now + (await promiseMs(ctx.store)) } : {}),
      payload: {
        ...formatPayload({
          supplements: before === '' ? input.text : `${before}\n${input.text}`,
          askedFor: null,
          photos: input.photos.length > 0 ? [...photoIdsOf(rec), ...input.photos] : undefined,
        }),
        ...flag,
      },
      event: { at: now, status, by: FOLLOWUP_TEXT.resident, note: FOLLOWUP_TEXT.supplemented(input.text) },
    });
    await notify(
      ctx,
      workersOf(ctx.store, rec.assignee),
      { title: FOLLOWUP_TEXT.supplementTitle, body: rec.title, requestId: rec.id, target: 'work' },
      'assigned',
    );
    return { status };
  },
};

/** resident.rate: the answer to one's own question, once. */
export const rate: Route<typeof RateInputSchema, { ok: true }> = {
  schema: RateInputSchema,
  perMinute: 10,
  async handle(ctx, input) {
    const { owner, rec } = await ownRequest(ctx, input.id);
    if (rec.rating !== null) throw new AppError('ALREADY_RATED');
    if (!allows(rec.kind, rec.status, 'rate', 'owner'))
      throw new AppError('INVALID_TRANSITION', FOLLOWUP_TEXT.onlyQuestions);
    if (rec.answers.length === 0) throw new AppError('INVALID_TRANSITION', FOLLOWUP_TEXT.noAnswer);
    const flag = await checkText(ctx, owner, input.word);
    const now = ctx.now();
    await store(ctx, rec, {
      at: now,
      ...(Object.keys(flag).length > 0 ? { payload: flag } : {}),
      rating: input.stars,
      ratingWord: input.word,
      event: {
        at: now,
        status: rec.status,
        by: FOLLOWUP_TEXT.resident,
        note: FOLLOWUP_TEXT.rated(input.stars, input.word),
      },
    });
    return { ok: true };
  },
};

/** resident.outbox: the caller's notices, newest first. */
export const outbox: Route<typeof NoticesInputSchema, NoticesData> = {
  schema: NoticesInputSchema,
  async handle(ctx) {
    const owner = ownerOf(ctx);
    const [rows, unread] = await Promise.all([
      ctx.store.outbox.forRecipient(owner, OUTBOX_LIMIT),
      ctx.store.outbox.unreadCount(owner),
    ]);
    return {
      notices: rows.map((n) => ({
        id: n.id,
        at: n.at,
        title: n.title,
        body: n.body,
        requestId: n.requestId,
        target: n.target,
        read: n.readAt !== null,
      })),
      unread,
    };
  },
};

/** resident.readOutbox: marks the caller's notices read (all when no ids). */
export const readOutbox: Route<typeof ReadNoticesInputSchema, { unread: number }> = {
  schema: ReadNoticesInputSchema,
  perMinute: 60,
  async handle(ctx, input) {
    const owner = ownerOf(ctx);
    await ctx.store.outbox.markRead(owner, input.ids ?? null, ctx.now());
    return { unread: await ctx.store.outbox.unreadCount(owner) };
  },
};
