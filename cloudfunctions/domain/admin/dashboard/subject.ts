/** What a dashboard is about (统计对象): the admin's scope, a region inside it, or one post inside it. */
import type { Crumb } from '~/types/api/dashboard';
import type { Post, Region } from '~/types/domain';
import { AppError } from '~/types/errors';
import type { HandlerContext } from '../../context';
import { regionPrefix } from '../../scope';
import { mustContain, postInScope } from '../scope';
import { regionCrumb, regionTrail, regionTree, type RegionTree } from './region-tree';
import { REGION_MISSING } from '../texts';

/** A resolved subject: a region, or a post with its village. */
export type Subject =
  | { kind: 'region'; region: Region; crumb: Crumb; trail: Crumb[]; prefix: string }
  | { kind: 'post'; post: Post; crumb: Crumb; trail: Crumb[]; prefix: string };

const REGION_CODE = /^\d{6}(\d{3}(\d{3})?)?$/;

/** Resolves `subject` (absent: the scope) inside `scope`; 403 outside it, 404 when unknown (naming `field`). */
export async function resolveSubject(
  ctx: HandlerContext,
  scope: string,
  subject: string | undefined,
  field = 'subject',
): Promise<{ subject: Subject; tree: RegionTree }> {
  const tree = await regionTree(ctx.store);
  const id = subject ?? scope;
  if (REGION_CODE.test(id)) {
    mustContain(scope, id);
    const region = tree.byCode.get(id);
    if (!region) throw new AppError('NOT_FOUND', REGION_MISSING);
    const trail = regionTrail(tree, scope, id);
    return { subject: { kind: 'region', region, crumb: regionCrumb(region), trail, prefix: regionPrefix(id) }, tree };
  }
  // An admin's mistake, not a resident's scan: said as every admin action says it, naming the id and the field.
  const post = await postInScope(ctx, scope, id, field);
  const crumb: Crumb = { id: post.id, name: post.name, level: 'post' };
  const trail = [...regionTrail(tree, scope, post.villageCode), crumb];
  return { subject: { kind: 'post', post, crumb, trail, prefix: post.villageCode }, tree };
}
