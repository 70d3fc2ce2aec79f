/** admin.plates: the QR plates (二维码牌) of some posts or of a whole township, for the printable A4 sheet. */
import { PLATE_SLOGAN, PlatesInputSchema, type PlatesData } from '~/types/api/network';
import type { Post } from '~/types/domain';
import { AppError } from '~/types/errors';
import type * as v from 'valibot';
import { LOCAL_PLATES, type HandlerContext, type Route } from '../../context';
import { adminScope, postInScope, regionInScope } from '../scope';
import { POST_TEXTS } from '../posts/texts';
import { regionNames } from '../../region-names';

/** A sheet holds at most this many plates (the schema's limit for postIds, and a township's cap). */
export const PLATES_MAX = 200;

export const PLATE_TEXTS = {
  pickOne: '请选择先锋岗或乡镇（只选一种）',
  notTownship: '所选地区不是乡镇（街道）',
  noPosts: '这个乡镇还没有在用的先锋岗',
  title: (where: string) => `${where} 先锋岗二维码牌`,
} as const;

/** The sheet's title: the township (with its county) all the posts share, else their county, else the city. */
function titleOf(posts: Post[], names: Map<string, string>): string {
  const one = (key: 'townshipCode' | 'countyCode') => new Set(posts.map((p) => p[key])).size === 1;
  const p = posts[0];
  if (one('townshipCode'))
    return PLATE_TEXTS.title(`${names.get(p.countyCode) ?? ''}${names.get(p.townshipCode) ?? ''}`);
  if (one('countyCode')) return PLATE_TEXTS.title(names.get(p.countyCode) ?? '');
  return PLATE_TEXTS.title(names.get(`${p.countyCode.slice(0, 4)}00`) ?? '');
}

/** The plates of `input` (some posts, or a township) inside the caller's scope, with their images and links. */
export async function loadPlates(
  ctx: HandlerContext,
  input: v.InferOutput<typeof PlatesInputSchema>,
  /** False for the PDF, which reads the codes' bytes instead of their links. */
  withImageUrls = true,
): Promise<PlatesData> {
  const { scope } = adminScope(ctx);
  if ((input.postIds === undefined) === (input.townshipCode === undefined))
    throw new AppError('INVALID_INPUT', PLATE_TEXTS.pickOne);
  let posts: Post[];
  if (input.townshipCode !== undefined) {
    const township = await regionInScope(ctx, scope, input.townshipCode);
    if (township.level !== 'township') throw new AppError('INVALID_INPUT', PLATE_TEXTS.notTownship);
    posts = await ctx.store.posts.byTownship(township.code, PLATES_MAX);
    if (posts.length === 0) throw new AppError('NOT_FOUND', PLATE_TEXTS.noPosts);
  } else {
    const ids = [...new Set(input.postIds)];
    posts = await Promise.all(ids.map((id) => postInScope(ctx, scope, id, 'postIds')));
    const retired = posts.find((p) => p.status !== 'active');
    if (retired) throw new AppError('INVALID_INPUT', POST_TEXTS.postRetired(retired.id));
  }
  const maker = ctx.plates ?? LOCAL_PLATES;
  const [names, images] = await Promise.all([
    regionNames(
      ctx.store,
      posts.flatMap((p) => [p.villageCode, p.townshipCode, p.countyCode, `${p.countyCode.slice(0, 4)}00`]),
    ),
    withImageUrls ? maker.imageUrls(posts.map((p) => p.id)) : new Map<string, string>(),
  ]);
  return {
    title: titleOf(posts, names),
    slogan: PLATE_SLOGAN,
    plates: posts.map((p) => ({
      postId: p.id,
      name: p.name,
      villageName: names.get(p.villageCode) ?? '',
      townshipName: names.get(p.townshipCode) ?? '',
      imageUrl: images.get(p.id) ?? '',
      link: maker.link(p.id),
    })),
  };
}

export const plates: Route<typeof PlatesInputSchema, PlatesData> = {
  schema: PlatesInputSchema,
  roles: ['admin'],
  perMinute: 30,
  handle: (ctx, input) => loadPlates(ctx, input),
};
