/** admin.updatePost: edit the name or address, move, retire or restore a post; each call is one history row. */
import { adminRoute } from '../route';
import { UpdatePostInputSchema, type AdminPost } from '~/types/api/network';
import type { Post } from '~/types/domain';
import { AppError } from '~/types/errors';
import type { PostChange, PostHistoryRow } from '~/cloudfunctions/store/port';
import type { Route } from '../../context';
import { auditEntry } from '../../audit/write';
import { checkPublicText } from '../public-text';
import { landingCache } from '../../scan/land';
import { checkPlace } from './create';
import { pointText } from './place';
import { adminPosts } from './view';
import { postInScope, villageInScope } from '../scope';
import { POST_TEXTS, POST_HISTORY_TEXTS } from './texts';

/** What actually changes, the history action it counts as and its Chinese summary; null when nothing changes. */
export function describeChange(
  post: Post,
  input: Partial<Pick<Post, 'name' | 'address' | 'lat' | 'lng' | 'status'>>,
): { change: PostChange; action: PostHistoryRow['action']; summary: string } | null {
  const change: PostChange = {};
  const parts: string[] = [];
  if (input.name !== undefined && input.name !== post.name) {
    change.name = input.name;
    parts.push(POST_HISTORY_TEXTS.name(post.name, input.name));
  }
  if (input.address !== undefined && input.address !== post.address) {
    change.address = input.address;
    parts.push(POST_HISTORY_TEXTS.address(post.address, input.address));
  }
  const to = { lat: input.lat ?? post.lat, lng: input.lng ?? post.lng };
  const moved = to.lat !== post.lat || to.lng !== post.lng;
  if (moved) {
    change.lat = to.lat;
    change.lng = to.lng;
    parts.push(POST_HISTORY_TEXTS.move(pointText(post), pointText(to)));
  }
  let action: PostHistoryRow['action'] = moved ? 'move' : 'edit';
  if (input.status !== undefined && input.status !== post.status) {
    change.status = input.status;
    action = input.status === 'retired' ? 'retire' : 'restore';
    parts.push(input.status === 'retired' ? POST_HISTORY_TEXTS.retire : POST_HISTORY_TEXTS.restore);
  }
  return parts.length === 0 ? null : { change, action, summary: parts.join('；') };
}

export const updatePost: Route<typeof UpdatePostInputSchema, AdminPost> = adminRoute(
  UpdatePostInputSchema,
  60,
  async (ctx, input, { scope, openid }) => {
    const post = await postInScope(ctx, scope, input.postId);
    const described = describeChange(post, input);
    if (!described) throw new AppError('INVALID_INPUT', POST_TEXTS.noChange);
    await checkPublicText(ctx, openid, { name: described.change.name, address: described.change.address });
    if (described.change.lat !== undefined) {
      const village = await villageInScope(ctx, scope, post.villageCode);
      await checkPlace(ctx, { lat: described.change.lat, lng: described.change.lng ?? post.lng }, village);
    }
    const { change, action, summary } = described;
    const entry = auditEntry(ctx, { action: 'posts.update', record: `post:${post.id}`, detail: summary });
    const updated = await ctx.store.posts.update(
      post.id,
      change,
      { postId: post.id, at: ctx.now(), by: openid, action, summary },
      entry,
    );
    if (!updated) throw new AppError('POST_NOT_FOUND', POST_TEXTS.postMissing(post.id));
    // This process's landing pages show the post as it now is (other containers catch up within their TTL).
    landingCache.clear();
    return (await adminPosts(ctx.store, [updated]))[0];
  },
);
