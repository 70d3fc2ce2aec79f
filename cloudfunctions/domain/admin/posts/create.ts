/** admin.createPost: a new post (radius 500 m, active) in a village of the scope, with its first history row. */
import { adminRoute } from '../route';
import { CreatePostInputSchema, type AdminPost } from '~/types/api/network';
import type { GeoPoint, Post, Region } from '~/types/domain';
import { AppError } from '~/types/errors';
import type { HandlerContext, Route } from '../../context';
import { auditEntry } from '../../audit/write';
import { checkPublicText } from '../public-text';
import { IdSequencer, villagePosts } from './ids';
import { placeProblems } from './place';
import { claimedId, twinOf } from './once';
import { adminPosts } from './view';
import { villageInScope } from '../scope';
import { POST_TEXTS, POST_HISTORY_TEXTS } from './texts';

/** Every post's service circle (500 米公共法律服务圈). */
export const POST_RADIUS_M = 500;

/** Throws the first thing wrong with placing a post of `village` at `p`: 400 OUTSIDE_CITY or a far-away point. */
export async function checkPlace(ctx: HandlerContext, p: GeoPoint, village: Region): Promise<void> {
  const [problem] = placeProblems(p, village);
  if (!problem) return;
  if (problem.code === 'OUTSIDE_CITY') {
    const city = await ctx.store.regions.byCode(`${village.code.slice(0, 4)}00`);
    throw new AppError('OUTSIDE_CITY', { message: POST_TEXTS.outsideCity(city?.name ?? '本市'), field: 'lat' });
  }
  throw new AppError('INVALID_INPUT', { message: problem.reason, field: problem.field === '经度' ? 'lng' : 'lat' });
}

/** The township and county codes of a village (its parents; by code prefix when the tree has no parent). */
export function parentsOf(village: Region): Pick<Post, 'townshipCode' | 'countyCode'> {
  const townshipCode = village.parentCode ?? village.code.slice(0, 9);
  return { townshipCode, countyCode: townshipCode.slice(0, 6) };
}

/** Tries a fresh id this many times when someone takes the one just computed. */
const ID_ATTEMPTS = 3;

/** The next free generated id of a village (after every stored one). */
async function nextId(ctx: HandlerContext, village: Region): Promise<string> {
  const seq = new IdSequencer();
  for (const p of await villagePosts(ctx.store, village.code)) seq.take(village.code, p.id);
  return seq.next(village.code);
}

/**
 * admin.createPost. With a `requestId`, a repeated call (double tap, retry) answers the post the first one made
 * (posts/once.ts); the post as it now stands, so a post edited since answers with its edits only if its name,
 * address and place are unchanged (otherwise the repeat counts as a new request).
 */
export const createPost: Route<typeof CreatePostInputSchema, AdminPost> = adminRoute(
  CreatePostInputSchema,
  60,
  async (ctx, input, { scope, openid }) => {
    const village = await villageInScope(ctx, scope, input.villageCode);
    await checkPlace(ctx, input, village);
    await checkPublicText(ctx, openid, { name: input.name, address: input.address });
    const now = ctx.now();
    const request = input.requestId !== undefined ? { openid, requestId: input.requestId, at: now } : null;
    for (let attempt = 1; ; attempt++) {
      let id = input.id ?? (await nextId(ctx, village));
      if (request) id = await claimedId(ctx.store, request, attempt, id);
      const post: Post = {
        id,
        name: input.name,
        address: input.address,
        villageCode: village.code,
        ...parentsOf(village),
        lat: input.lat,
        lng: input.lng,
        radiusM: POST_RADIUS_M,
        status: 'active',
        createdAt: now,
      };
      const history = {
        postId: id,
        at: now,
        by: openid,
        action: 'create' as const,
        summary: POST_HISTORY_TEXTS.create(post.name),
      };
      const entry = auditEntry(ctx, { action: 'posts.create', record: `post:${id}`, detail: post.name });
      const { taken } = await ctx.store.posts.create([post], [history], entry);
      const made = taken.length === 0 ? post : request ? await twinOf(ctx.store, post) : null;
      if (made) return (await adminPosts(ctx.store, [made]))[0];
      if (input.id !== undefined || attempt >= ID_ATTEMPTS)
        throw new AppError('POST_EXISTS', { message: POST_TEXTS.postExists(taken), field: 'id' });
    }
  },
);
