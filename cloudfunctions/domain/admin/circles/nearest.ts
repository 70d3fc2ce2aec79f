/**
 * The nearest active post to a point among the city's posts already in memory (the coverage reads the whole city's
 * directory in one query), instead of one store search per village or cluster: the coverage's reads then stay
 * constant whatever the number of posts, villages or clusters. Same answer as posts.near(point, 1) within
 * NEAR_MAX_M (ties by id).
 */
import type { GeoPoint, Post } from '~/types/domain';
import { distanceM } from '~/cloudfunctions/geo/distance';
import { NEAR_MAX_M } from '~/cloudfunctions/geo/grid';
import type { NearPost } from '~/cloudfunctions/store/port';

/** A finder of the nearest active post, over a grid of 0.05° cells built once. */
export function nearestFinder(posts: Post[]): (point: GeoPoint) => NearPost | null {
  const CELL = 0.05;
  const grid = new Map<string, Post[]>();
  const key = (i: number, j: number) => `${i}:${j}`;
  for (const p of posts) {
    if (p.status !== 'active') continue;
    const k = key(Math.floor(p.lat / CELL), Math.floor(p.lng / CELL));
    const list = grid.get(k) ?? [];
    list.push(p);
    grid.set(k, list);
  }
  // 0.05° is at least 3.8 km at Baicheng's latitude; rings up to NEAR_MAX_M cover every candidate.
  const maxRing = Math.ceil(NEAR_MAX_M / 3_800) + 1;
  return (point) => {
    const ci = Math.floor(point.lat / CELL);
    const cj = Math.floor(point.lng / CELL);
    let best: NearPost | null = null;
    for (let ring = 0; ring <= maxRing; ring++) {
      for (let i = ci - ring; i <= ci + ring; i++) {
        for (let j = cj - ring; j <= cj + ring; j++) {
          if (Math.max(Math.abs(i - ci), Math.abs(j - cj)) !== ring) continue;
          for (const p of grid.get(key(i, j)) ?? []) {
            const d = distanceM(point, p);
            if (d > NEAR_MAX_M) continue;
            if (!best || d < best.distanceM || (d === best.distanceM && p.id < best.post.id))
              best = { post: p, distanceM: d };
          }
        }
      }
      // Anything in a further ring is at least `ring` cells (≥ 3.8 km each) away.
      if (best && best.distanceM <= ring * 3_800) break;
    }
    return best;
  };
}
