/** resident.myRequests, resident.requestDetail and resident.deleteMyData: a resident's own requests only. */
import {
  DeleteMyDataInputSchema,
  MyRequestsInputSchema,
  RequestDetailInputSchema,
  type RequestDetail,
  type RequestSummary,
} from '~/types/api/requests';
import { AppError } from '~/types/errors';
import { allows } from '~/types/lifecycle';
import type { RequestRow, Store } from '../../store/port';
import type { Route } from '../context';
import { dropOwn } from '../files/own';
import { requestFields } from './fields';
import { photoIdsOf, removeOwnerEvidence } from './evidence';
import { payloadOf } from './payload';
import { excerptOf } from './excerpt';
import { noteDeletedSubmissions } from './hourly-cap';
import { ownerOf } from './submit';

/** The list shows at most this many requests. */
export const MY_REQUESTS_LIMIT = 50;

// One query for every distinct post of the list: on CloudBase a read per post would be a round trip each.
async function postNames(store: Store, rows: RequestRow[]): Promise<Map<string, string>> {
  const posts = await store.posts.byIds([...new Set(rows.map((r) => r.postId))]);
  return new Map(posts.map((p) => [p.id, p.name]));
}

function summary(row: RequestRow, postName: string): RequestSummary {
  return {
    id: row.id,
    kind: row.kind,
    postId: row.postId,
    postName,
    title: row.title,
    excerpt: excerptOf(row),
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    dueAt: row.dueAt,
  };
}

/** A legal-aid application's decision and its reason, once decided. */
function decisionOf(rec: RequestRow): RequestDetail['decision'] {
  const p = payloadOf(rec);
  if (p.kind !== 'aid' || (rec.status !== 'approved' && rec.status !== 'declined')) return null;
  return { approved: rec.status === 'approved', reason: p.decisionReason };
}

/** The caller's requests, newest first. */
export const myRequests: Route<typeof MyRequestsInputSchema, { requests: RequestSummary[] }> = {
  schema: MyRequestsInputSchema,
  async handle(ctx) {
    const rows = await ctx.store.requests.byOwner(ownerOf(ctx), MY_REQUESTS_LIMIT);
    const names = await postNames(ctx.store, rows);
    return { requests: rows.map((r) => summary(r, names.get(r.postId) ?? '')) };
  },
};

/** One of the caller's requests; anyone else's answers exactly as a missing one does. */
export const requestDetail: Route<typeof RequestDetailInputSchema, RequestDetail> = {
  schema: RequestDetailInputSchema,
  async handle(ctx, input) {
    const owner = ownerOf(ctx);
    const rec = await ctx.store.requests.byId(input.id);
    if (!rec || rec.owner !== owner) throw new AppError('REQUEST_NOT_FOUND');
    const post = await ctx.store.posts.byId(rec.postId);
    const canSupplement = allows(rec.kind, rec.status, 'supplement', 'owner');
    return {
      ...summary(rec, post?.name ?? ''),
      fields: requestFields(rec, ctx.secrets.dataKey),
      timeline: rec.timeline,
      answers: rec.answers,
      rating: rec.rating === null ? null : { stars: rec.rating, word: rec.ratingWord ?? '' },
      canRate: allows(rec.kind, rec.status, 'rate', 'owner') && rec.answers.length > 0 && rec.rating === null,
      canSupplement,
      askedFor: canSupplement ? payloadOf(rec).askedFor : null,
      photos: photoIdsOf(rec),
      decision: decisionOf(rec),
    };
  },
};

/** Deletes every request, photo and notice of the caller (删除我的数据); the audit log stays. */
export const deleteMyData: Route<typeof DeleteMyDataInputSchema, { deleted: number }> = {
  schema: DeleteMyDataInputSchema,
  perMinute: 5,
  async handle(ctx) {
    const owner = ownerOf(ctx);
    await noteDeletedSubmissions(ctx, owner);
    // Photos first: were the requests to go first and this fail, a retry would still find the photos. Cloud files
    // are read from the requests, so they go before the store's own rows.
    await removeOwnerEvidence(ctx, owner);
    await ctx.store.photos.deleteByOwner(owner);
    await ctx.store.outbox.deleteByRecipient(owner);
    // A downloaded copy of their data (我的数据) kept in storage goes too.
    await dropOwn(ctx, 'exports');
    return { deleted: await ctx.store.requests.deleteByOwner(owner) };
  },
};
