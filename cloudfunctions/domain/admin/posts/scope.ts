/** The admin's scope (负责地区) and the checks every network action makes against it. */
import type { Post, Region } from '../../../../types/domain';
import { AppError } from '../../../../types/errors';
import type { HandlerContext } from '../../context';
import { regionContains, regionPrefix } from '../../scope';
import { N } from './texts';

/** The caller's region and openid; only a bound admin has both. */
export function adminScope(ctx: HandlerContext): { scope: string; openid: string } {
  const scope = ctx.identity.user?.regionCode;
  const openid = ctx.identity.openid;
  if (!scope || !openid || ctx.identity.user?.role !== 'admin') throw new AppError('FORBIDDEN');
  return { scope, openid };
}

/**
 * A region inside the scope (403 outside it, checked before existence so nothing leaks), or 404; `field` names the
 * input the code came from, for a form to mark.
 */
export async function regionInScope(ctx: HandlerContext, scope: string, code: string, field?: string): Promise<Region> {
  if (!regionContains(scope, code)) throw new AppError('OUT_OF_SCOPE', { field });
  const region = await ctx.store.regions.byCode(code);
  if (!region) throw new AppError('NOT_FOUND', { message: N.regionMissing, field });
  return region;
}

/** A post inside the scope: 404 when there is none, 403 when it lies outside; `field` is the input the id came from. */
export async function postInScope(ctx: HandlerContext, scope: string, id: string, field = 'postId'): Promise<Post> {
  const post = await ctx.store.posts.byId(id);
  if (!post) throw new AppError('POST_NOT_FOUND', { message: N.postMissing(id), field });
  if (!regionContains(scope, post.villageCode))
    throw new AppError('OUT_OF_SCOPE', { message: N.postOutside(id), field });
  return post;
}

/** Runs `fn` over `items` with at most `width` calls in flight (store reads of a page of rows). */
export async function inBatches<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) {
    out.push(...(await Promise.all(items.slice(i, i + width).map(fn))));
  }
  return out;
}

/** The region an action asks for (`code`, the whole scope when absent), checked as regionInScope, and its prefix. */
export async function chosenRegion(ctx: HandlerContext, code: string | undefined): Promise<{ prefix: string }> {
  const { scope } = adminScope(ctx);
  const region = await regionInScope(ctx, scope, code ?? scope);
  return { prefix: regionPrefix(region.code) };
}
