/** admin.people: the volunteers (法律明白人) of a region in the scope, and how many active posts nobody serves. */
import { PeopleInputSchema, type PeopleData } from '../../../../types/api/network';
import type { Store } from '../../../store/port';
import type { Route } from '../../context';
import { chosenRegion } from '../scope';
import { personRows } from './view';

const POSTS_PAGE = 500;

/** Active posts of the region that no active volunteer serves: a page of posts and their counts at a time. */
export async function unservedCount(store: Store, prefix: string): Promise<number> {
  let unserved = 0;
  for (let after: string | null = null; ;) {
    const page = await store.posts.inRegion(prefix, after, POSTS_PAGE, { status: 'active' });
    if (page.length === 0) return unserved;
    const counts = await store.posts.volunteerCounts(page.map((p) => p.id));
    unserved += page.filter((p) => (counts.get(p.id) ?? 0) === 0).length;
    if (page.length < POSTS_PAGE) return unserved;
    after = page[page.length - 1].id;
  }
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
