/** Posts as the admin pages show them: with their village and township names and how many volunteers serve them. */
import type { AdminPost } from '~/types/api/network';
import type { Post } from '~/types/domain';
import type { Store } from '~/cloudfunctions/store/port';
import { regionNames } from '../../region-names';

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
    volunteers: counts.get(p.id)?.all ?? 0,
    mediators: counts.get(p.id)?.mediators ?? 0,
  }));
}
