/**
 * The admin's scope (负责地区) and every check an admin action makes against it, in one place: a city admin acts
 * on the city, a county admin on their county, a township admin on their township. A region, post, village,
 * service point or invite asked for outside the scope is OUT_OF_SCOPE (403); an existing volunteer or invite of
 * another region answers like a missing one, so another region's people and codes do not leak.
 */
import type { Post, Region, ServicePoint } from '~/types/domain';
import { AppError } from '~/types/errors';
import type { InviteRow, VolunteerRow } from '../../store/port';
import type { HandlerContext } from '../context';
import { regionContains, regionPrefix } from '../scope';
import { POST_TEXTS } from './posts/texts';
import { REGION_MISSING } from './texts';

/** Code lengths of the regions an admin may hold: city or county (6 digits), township (9). Never a village. */
const ADMIN_CODE = /^\d{6}(\d{3})?$/;

/** The caller's scope and openid; FORBIDDEN unless they are a bound admin of a city, county or township. */
export function adminScope(ctx: HandlerContext): { scope: string; openid: string } {
  const user = ctx.identity.user;
  const openid = ctx.identity.openid;
  if (!user || user.role !== 'admin' || !openid || !ADMIN_CODE.test(user.regionCode)) throw new AppError('FORBIDDEN');
  return { scope: user.regionCode, openid };
}

/**
 * Throws OUT_OF_SCOPE (with `message` when given) unless `code` lies inside `scope`; `field` names the input the
 * code came from, for a form to mark.
 */
export function mustContain(scope: string, code: string, message?: string, field?: string): void {
  if (!regionContains(scope, code)) throw new AppError('OUT_OF_SCOPE', { message, field });
}

/** A region inside the scope (403 outside it, checked before existence so nothing leaks), or 404; `field` as above. */
export async function regionInScope(ctx: HandlerContext, scope: string, code: string, field?: string): Promise<Region> {
  mustContain(scope, code, undefined, field);
  const region = await ctx.store.regions.byCode(code);
  if (!region) throw new AppError('NOT_FOUND', { message: REGION_MISSING, field });
  return region;
}

/** The region an action asks for (`code`, the whole scope when absent), checked as regionInScope, and its prefix. */
export async function chosenRegion(ctx: HandlerContext, code: string | undefined): Promise<{ prefix: string }> {
  const { scope } = adminScope(ctx);
  const region = await regionInScope(ctx, scope, code ?? scope);
  return { prefix: regionPrefix(region.code) };
}

/** A post inside the scope: 404 when there is none, 403 when it lies outside; `field` is the input the id came from. */
export async function postInScope(ctx: HandlerContext, scope: string, id: string, field = 'postId'): Promise<Post> {
  const post = await ctx.store.posts.byId(id);
  if (!post) throw new AppError('POST_NOT_FOUND', { message: POST_TEXTS.postMissing(id), field });
  mustContain(scope, post.villageCode, POST_TEXTS.postOutside(id), field);
  return post;
}

/**
 * A village of the scope: 404 VILLAGE_NOT_FOUND when no village has the code (a typo), 403 when it lies outside
 * the scope (another region's village): two mistakes with different fixes. Village codes are public statistics.
 */
export async function villageInScope(ctx: HandlerContext, scope: string, code: string): Promise<Region> {
  const village = await ctx.store.regions.byCode(code);
  if (!village || village.level !== 'village')
    throw new AppError('VILLAGE_NOT_FOUND', { message: POST_TEXTS.villageMissing(code), field: 'villageCode' });
  mustContain(scope, code, POST_TEXTS.villageOutside(village.name), 'villageCode');
  return village;
}

/** A service point of the scope: 404 when there is none, 403 when it lies outside. */
export async function serviceInScope(
  ctx: HandlerContext,
  scope: string,
  id: string,
  texts: { missing: string; outside: string },
): Promise<ServicePoint> {
  const point = await ctx.store.services.byId(id);
  if (!point) throw new AppError('NOT_FOUND', texts.missing);
  mustContain(scope, point.regionCode, texts.outside, 'regionCode');
  return point;
}

/** A volunteer of the scope; outside it answers like a missing one (404 VOLUNTEER_NOT_FOUND). */
export async function volunteerInScope(ctx: HandlerContext, scope: string, id: string): Promise<VolunteerRow> {
  const row = await ctx.store.volunteers.byId(id);
  if (!row || !regionContains(scope, row.villageCode)) throw new AppError('VOLUNTEER_NOT_FOUND');
  return row;
}

/** An invite of the scope; another region's invite answers like a missing one (404 INVITE_NOT_FOUND). */
export async function inviteInScope(ctx: HandlerContext, scope: string, code: string): Promise<InviteRow> {
  const invite = await ctx.store.invites.byCode(code);
  if (!invite || !regionContains(scope, invite.regionCode)) throw new AppError('INVITE_NOT_FOUND');
  return invite;
}
