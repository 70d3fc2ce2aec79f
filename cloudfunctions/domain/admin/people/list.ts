/** admin.people: the volunteers (法律明白人) of a region in the scope, and how many active posts nobody serves. */
import { PeopleInputSchema, type PeopleData } from '~/types/api/network';
import type { Store } from '~/cloudfunctions/store/port';
import type { Route } from '../../context';
import { chosenRegion } from '../scope';
import { personRows } from './view';

/**
 * Active posts of the region that no active volunteer serves. The region's posts come from the post directory
 * (one query whatever their number on CloudBase), then their volunteer counts in one go: a constant number of
 * waves, where paging the posts took two round trips per 500 posts in a row (22 for the city).
 */
export async function unservedCount(store: Store, prefix: string): Promise<number> {
  const active = (await store.posts.directory(prefix)).filter((p) => p.status === 'active');
  if (active.length === 0) return 0;
  const counts = await store.posts.volunteerCounts(active.map((p) => p.id));
  return active.filter((p) => (counts.get(p.id)?.all ?? 0) === 0).length;
}

export const people: Route<typeof PeopleInputSchema, PeopleData> = {
  schema: PeopleInputSchema,
  roles: ['admin'],
  async handle(ctx, input) {
    const { prefix } = await chosenRegion(ctx, input.regionCode);
    const [rows, unservedPosts] = await Promise.all([
      ctx.store.volunteers.inRegion(prefix, input.afterId ?? null, input.limit, input.q || undefined),
      unservedCount(ctx.store, prefix),
    ]);
    return {
      people: await personRows(ctx.store, rows),
      nextAfterId: rows.length === input.limit ? rows[rows.length - 1].id : null,
      unservedPosts,
    };
  },
};
