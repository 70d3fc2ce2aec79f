/** Posts as the admin pages show them: with their village and township names and how many volunteers serve them. */
import type { AdminPost } from '~/types/api/network';
import type { Post } from '~/types/domain';
import type { Store } from '~/cloudfunctions/store/port';

/** Names of regions by code (codes not found are left out). */
export async function regionNames(store: Store, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const regions = await store.regions.byCodes([...new Set(codes)]);
  return new Map(regions.map((r) => [r.code, r.name]));
}

/** The admin view of some posts, in their order: two reads whatever their number. */
export async function adminPosts(store: Store, posts: Post[]): Promise<AdminPost[]> {
  if (posts.length === 0) return [];
  const [names, counts] = await Promise.all([
    regionNames(
      store,
      posts.flatMap((p) => [p.villageCode, p.townshipCode]),
    ),
    store.posts.volunteerCounts(posts.map((p) => p.id)),
  ]);
  return posts.map((p) => ({
    ...p,
    villageName: names.get(p.villageCode) ?? '',
    townshipName: names.get(p.townshipCode) ?? '',
    volunteers: counts.get(p.id) ?? 0,
  }));
}
