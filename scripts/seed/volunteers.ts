/**
 * The 3,021 legal-literate volunteers (法律明白人) of the demo network (演示数据): every village has at least one,
 * about three on average; about 85 % publish their phone and about 20 % are mediators. Each serves every post of
 * their own village. Names and numbers are generated and fictitious.
 */
import volunteerData from '~/data/seed/volunteers.json';
import type { Post } from '~/types/domain';
import type { VolunteerRow } from '~/cloudfunctions/store/port';
import { mobilePhone, personName } from './names';
import { apportion, createRng } from './prng';
import type { VillageNode } from './regions';

/** The number of volunteers in the report (培育了 3021 名乡村法律明白人). */
export const VOLUNTEER_COUNT = 3021;

/** Volunteer id: `v` + 5-digit sequence. */
export function volunteerId(seq: number): string {
  return `v${String(seq).padStart(5, '0')}`;
}

/** The posts of each village code, in id order. */
export function postsByVillage(posts: Post[]): Map<string, Post[]> {
  const map = new Map<string, Post[]>();
  for (const post of posts) {
    const list = map.get(post.villageCode);
    if (list) list.push(post);
    else map.set(post.villageCode, [post]);
  }
  return map;
}

/** Builds every volunteer, in id order (which is also village order). */
export function buildVolunteers(villages: VillageNode[], byVillage: Map<string, Post[]>): VolunteerRow[] {
  const rng = createRng('volunteers');
  const counts = apportion(
    VOLUNTEER_COUNT,
    villages.map(() => rng.between(0.5, 1.5)),
    1,
  );
  const phones = new Set<string>();
  const rows: VolunteerRow[] = [];
  villages.forEach((village, i) => {
    const postIds = (byVillage.get(village.region.code) ?? []).map((p) => p.id);
    for (let k = 0; k < counts[i]; k++) {
      rows.push({
        id: volunteerId(rows.length + 1),
        name: personName(rng),
        villageCode: village.region.code,
        phone: mobilePhone(rng, phones),
        phonePublic: rng.chance(0.85),
        isMediator: rng.chance(0.2),
        hours: rng.pick(volunteerData.hours),
        postIds: postIds.slice(),
        photoFileId: null,
      });
    }
  });
  return rows;
}
