/** Villages whose centre (村委会) no active post's circle reaches (未覆盖村). */
import type { UncoveredVillage } from '~/types/api/dashboard';
import type { GeoPoint, Post, Region } from '~/types/domain';
import { distanceM } from '~/cloudfunctions/geo/distance';
import type { NearPost } from '~/cloudfunctions/store/port';
import { regionName, type RegionTree } from '../dashboard/region-tree';

/** The service circle (500 米公共法律服务圈). */
export const CIRCLE_M = 500;
/** A nearest post farther than this is not worth naming. */
export const NEAREST_SHOWN_M = 5000;

// 0.01° cells: wider than 500 m in both directions at this latitude, so the 3 × 3 block around a point holds every
// post within 500 m of it.
const CELL = 0.01;
const key = (lat: number, lng: number) => `${Math.floor(lat / CELL)}:${Math.floor(lng / CELL)}`;

function coveredInRegion(village: Region, grid: Map<string, Post[]>): boolean {
  const i = Math.floor(village.lat / CELL);
  const j = Math.floor(village.lng / CELL);
  for (let di = -1; di <= 1; di++) {
    for (let dj = -1; dj <= 1; dj++) {
      for (const p of grid.get(`${i + di}:${j + dj}`) ?? []) if (distanceM(village, p) <= CIRCLE_M) return true;
    }
  }
  return false;
}

/**
 * The villages under `prefix` and which of them no active post reaches within 500 m. The region's own posts settle
 * most villages in memory; only the rest ask `nearest` over the whole city's posts (a post across the border may
 * reach them, and the nearest one is shown).
 */
export function uncoveredVillages(
  nearest: (point: GeoPoint) => NearPost | null,
  tree: RegionTree,
  prefix: string,
  active: Post[],
): { total: number; covered: number; uncovered: UncoveredVillage[]; villages: Region[] } {
  const villages = [...tree.byCode.values()]
    .filter((r) => r.level === 'village' && r.code.startsWith(prefix))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const grid = new Map<string, Post[]>();
  for (const p of active) {
    const k = key(p.lat, p.lng);
    const list = grid.get(k) ?? [];
    list.push(p);
    grid.set(k, list);
  }
  const doubtful = villages.filter((v) => !coveredInRegion(v, grid));

  const uncovered: UncoveredVillage[] = [];
  doubtful.forEach((v) => {
    const near = nearest(v);
    if (near && near.distanceM <= CIRCLE_M) return;
    const shown = near && near.distanceM <= NEAREST_SHOWN_M ? near : null;
    uncovered.push({
      code: v.code,
      name: v.name,
      townshipName: regionName(tree, v.parentCode ?? ''),
      lat: v.lat,
      lng: v.lng,
      nearestPostId: shown ? shown.post.id : null,
      nearestM: shown ? Math.round(shown.distanceM) : null,
    });
  });
  return { total: villages.length, covered: villages.length - uncovered.length, uncovered, villages };
}
