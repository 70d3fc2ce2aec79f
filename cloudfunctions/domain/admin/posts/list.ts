/** admin.posts and admin.post: the posts of the scope, and one post with its history and volunteers. */
import {
  PostInputSchema,
  PostsInputSchema,
  type AdminPost,
  type PostDetail,
  type PostsData,
} from '~/types/api/network';
import type { Post } from '~/types/domain';
import { LOCAL_PLATES, type Route } from '../../context';
import { adminPosts } from './view';
import { adminScope, chosenRegion, postInScope } from '../scope';
import { POST_HISTORY_TEXTS } from './texts';

/** How many posts one call reads at most while filtering for unserved ones (the next call goes on from there). */
const UNSERVED_SCAN = 2000;
const HISTORY_LIMIT = 100;
const VOLUNTEER_LIMIT = 100;

/** admin.posts: any status, id order, paged; `unserved` keeps those no active volunteer serves. */
export const posts: Route<typeof PostsInputSchema, PostsData> = {
  schema: PostsInputSchema,
  roles: ['admin'],
  async handle(ctx, input) {
    const { prefix } = await chosenRegion(ctx, input.regionCode);
    const filter = { status: input.status, nameLike: input.q || undefined };
    if (!input.unserved) {
      const page = await ctx.store.posts.inRegion(prefix, input.afterId ?? null, input.limit, filter);
      return {
        posts: await adminPosts(ctx.store, page),
        nextAfterId: page.length === input.limit ? page[page.length - 1].id : null,
      };
    }
    const found: AdminPost[] = [];
    let after = input.afterId ?? null;
    let read = 0;
    for (;;) {
      const page: Post[] = await ctx.store.posts.inRegion(prefix, after, 200, filter);
      read += page.length;
      const shown = await adminPosts(ctx.store, page);
      for (const p of shown) {
        if (p.volunteers > 0) continue;
        found.push(p);
        if (found.length === input.limit) return { posts: found, nextAfterId: p.id };
      }
      if (page.length < 200) return { posts: found, nextAfterId: null };
      after = page[page.length - 1].id;
      if (read >= UNSERVED_SCAN) return { posts: found, nextAfterId: after };
    }
  },
};

/** admin.post: the post, its history (newest first, with the admin's name) and the volunteers who serve it. */
export const post: Route<typeof PostInputSchema, PostDetail> = {
  schema: PostInputSchema,
  roles: ['admin'],
  async handle(ctx, input) {
    const { scope } = adminScope(ctx);
    const found = await postInScope(ctx, scope, input.postId);
    const [[shown], history, volunteers] = await Promise.all([
      adminPosts(ctx.store, [found]),
      ctx.store.posts.history(found.id, HISTORY_LIMIT),
      ctx.store.volunteers.forPost(found.id, VOLUNTEER_LIMIT),
    ]);
    const byOpenid = new Map<string, string>();
    await Promise.all(
      [...new Set(history.map((h) => h.by))].map(async (openid) => {
        byOpenid.set(openid, (await ctx.store.users.byOpenid(openid))?.label ?? POST_HISTORY_TEXTS.someone);
      }),
    );
    const bound = new Set(
      (await ctx.store.users.byVolunteerIds(volunteers.map((v) => v.id))).map((u) => u.volunteerId),
    );
    return {
      post: shown,
      history: history.map((h) => ({
        at: h.at,
        by: byOpenid.get(h.by) ?? POST_HISTORY_TEXTS.someone,
        action: h.action,
        summary: h.summary,
      })),
      volunteerList: volunteers
        .filter((v) => v.active !== false)
        .map((v) => ({ id: v.id, name: v.name, isMediator: v.isMediator, bound: bound.has(v.id) })),
      link: (ctx.plates ?? LOCAL_PLATES).link(found.id),
    };
  },
};
