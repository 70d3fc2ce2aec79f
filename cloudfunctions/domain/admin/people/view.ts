/** Volunteers as the people page shows them (PersonRow): village, binding and the posts they serve, by name. */
import type { PersonRow } from '~/types/api/network';
import type { Store, VolunteerRow } from '~/cloudfunctions/store/port';
import { regionNames } from '../../region-names';

/** The rows of some volunteers, in their order. */
export async function personRows(store: Store, volunteers: VolunteerRow[]): Promise<PersonRow[]> {
  if (volunteers.length === 0) return [];
  const postIds = [...new Set(volunteers.flatMap((v) => v.postIds))];
  const [names, users, posts] = await Promise.all([
    regionNames(
      store,
      volunteers.map((v) => v.villageCode),
    ),
    store.users.byVolunteerIds(volunteers.map((v) => v.id)),
    // One `_id` query per 1,000 posts, not one read per post (a page of 200 people names ~400 posts).
    store.posts.byIds(postIds),
  ]);
  const bound = new Set(users.map((u) => u.volunteerId));
  const postName = new Map(posts.map((p) => [p.id, p.name] as const));
  return volunteers.map((v) => ({
    volunteerId: v.id,
    name: v.name,
    villageName: names.get(v.villageCode) ?? '',
    isMediator: v.isMediator,
    active: v.active !== false,
    bound: bound.has(v.id),
    posts: v.postIds.map((id) => ({ id, name: postName.get(id) ?? id })),
  }));
}
