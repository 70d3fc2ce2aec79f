/**
 * The 5,292 pioneer posts (先锋岗) of the demo network (演示数据): every village has at least one, about five on
 * average; a village's first post stands at its committee, the others within ~1.3 km. Twelve posts are retired
 * (never a village's first) so old plates can be demoed. In one village of every GAP_EVERY (outside the demo
 * workers' township) every post stands 600 m or more from the committee: the coverage gaps 服务圈覆盖 finds.
 */
import postPlaces from '~/data/seed/post-places.json';
import type { Post } from '~/types/domain';
import { offset, scatter } from './geo';
import { apportion, createRng } from './prng';
import type { VillageNode } from './regions';

/** One village in this many has no post within 500 m of its committee (demo coverage gaps). */
export const GAP_EVERY = 45;

/** True for the villages whose posts all stand away from the committee (never in the demo workers' township). */
export function isGapVillage(index: number, village: VillageNode): boolean {
  return index % GAP_EVERY === 22 && index >= 40 && village.township.region.code !== '220802001';
}

/** The number of posts in the report (全市布设 5292 个). */
export const POST_COUNT = 5292;
/** How many of them the demo keeps retired. */
export const RETIRED_COUNT = 12;
/** Every post's service circle (500 米公共法律服务圈). */
export const POST_RADIUS_M = 500;

/** Post id: `p` + 12-digit village code + 2-digit sequence; a valid WeChat QR scene (POST_ID_PATTERN). */
export function postId(villageCode: string, seq: number): string {
  return `p${villageCode}${String(seq).padStart(2, '0')}`;
}

/** The villages whose last post is retired: spread evenly over the list, skipping villages with a single post. */
function retiredVillages(villages: VillageNode[], counts: number[]): Set<number> {
  const picked = new Set<number>();
  for (let k = 0; k < RETIRED_COUNT; k++) {
    let i = Math.floor(((k + 0.5) * villages.length) / RETIRED_COUNT);
    while (counts[i] < 2 || picked.has(i)) i = (i + 1) % villages.length;
    picked.add(i);
  }
  return picked;
}

/** Builds every post, in id order; `createdAt` is the fixed seed time. */
export function buildPosts(villages: VillageNode[], createdAt: number): Post[] {
  const rng = createRng('posts');
  const counts = apportion(
    POST_COUNT,
    villages.map(() => rng.between(0.6, 1.4)),
    1,
  );
  const retired = retiredVillages(villages, counts);
  const posts: Post[] = [];
  villages.forEach((village, i) => {
    const gap = isGapVillage(i, village);
    const places = village.community ? postPlaces.community : postPlaces.village;
    if (counts[i] > places.others.length + 1) throw new Error(`too many posts for ${village.region.name}`);
    const others = rng.shuffle(places.others);
    for (let seq = 1; seq <= counts[i]; seq++) {
      const place = seq === 1 ? places.first : others[seq - 2];
      // A gap village draws from the stream exactly as the others do, so every other village keeps its places.
      const first = gap ? offset(village.region, 650 + (i % 7) * 40, (i % 12) * (Math.PI / 6)) : village.region;
      const at = seq === 1 ? first : scatter(rng, village.region, gap ? 620 : 150, 1300);
      const town = village.township;
      posts.push({
        id: postId(village.region.code, seq),
        name: `${village.region.name}${place}先锋岗`,
        address: village.address + place,
        villageCode: village.region.code,
        townshipCode: town.region.code,
        countyCode: town.county.code,
        lat: at.lat,
        lng: at.lng,
        radiusM: POST_RADIUS_M,
        status: retired.has(i) && seq === counts[i] ? 'retired' : 'active',
        createdAt,
      });
    }
  });
  return posts;
}
