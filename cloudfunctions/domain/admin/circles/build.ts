/**
 * Assembles admin.coverage (服务圈覆盖): uncovered villages, heavily overlapping circles and clusters of
 * out-of-circle scans inside a city, county or township of the admin's scope.
 */
import type { CoverageClustersData, CoverageData, CoverageInputSchema, OutsideCluster } from '~/types/api/dashboard';
import type * as v from 'valibot';
import type { GeoPoint } from '~/types/domain';
import { dayKey } from '~/types/day';
import { AppError } from '~/types/errors';
import { CELL_DEG } from '~/cloudfunctions/geo/cells';
import type { HandlerContext } from '../../context';
import { regionPrefix } from '../../scope';
import { CITY_CODE } from '~/types/ids';
import type { NearPost } from '~/cloudfunctions/store/port';
import { addDays } from '../dashboard/days';
import { nearestFinder } from './nearest';
import { regionName, type RegionTree } from '../dashboard/region-tree';
import { DASHBOARD_TEXTS } from '../dashboard/texts';
import { resolveSubject } from '../dashboard/subject';
import { adminScope } from '../scope';
import { clusterCells } from './clusters';
import { heavyOverlaps } from './geometry';
import { NEAREST_SHOWN_M, uncoveredVillages } from './villages';

function boundsOf(points: GeoPoint[], fallback: GeoPoint): CoverageData['bounds'] {
  if (points.length === 0) points = [fallback];
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  return { minLat: Math.min(...lats), maxLat: Math.max(...lats), minLng: Math.min(...lngs), maxLng: Math.max(...lngs) };
}

type Subject = Awaited<ReturnType<typeof resolveSubject>>;

/** The region of the input inside the admin's scope (a city, county or township), its tree and the city's posts. */
async function regionOf(ctx: HandlerContext, regionCode: string | undefined) {
  const { subject, tree } = await resolveSubject(ctx, adminScope(ctx).scope, regionCode, 'regionCode');
  if (subject.kind !== 'region' || subject.region.level === 'village') {
    throw new AppError('INVALID_INPUT', DASHBOARD_TEXTS.coverageLevel);
  }
  return { subject: subject as Extract<Subject['subject'], { kind: 'region' }>, tree };
}

/** Clusters of the last `days` days of scans made outside every circle of the region. */
async function outsideClusters(
  ctx: HandlerContext,
  prefix: string,
  tree: RegionTree,
  near: ReturnType<typeof nearestFinder>,
  days: number,
): Promise<OutsideCluster[]> {
  const today = dayKey(ctx.now());
  const cells = await ctx.store.stats.outsideCells(prefix, addDays(today, 1 - days), today);
  const merged = clusterCells(cells, CELL_DEG);
  const nearest = merged.map((c) => [near({ lat: c.lat, lng: c.lng })].filter((n): n is NearPost => n !== null));
  // A cluster whose centre lies inside another post's circle is already served: scans there were outside the
  // circle of the post they scanned, not outside every circle.
  const outside = merged.filter((_, i) => !nearest[i][0] || nearest[i][0].distanceM > nearest[i][0].post.radiusM);
  const nearOf = new Map(merged.map((c, i) => [c, nearest[i][0]]));
  return outside.map((c) => {
    const near = nearOf.get(c);
    const shown = near && near.distanceM <= NEAREST_SHOWN_M ? near : null;
    return {
      lat: c.lat,
      lng: c.lng,
      scans: c.scans,
      cells: c.cells,
      townshipName: regionName(tree, c.townshipCode),
      nearestPostId: shown ? shown.post.id : null,
      nearestM: shown ? Math.round(shown.distanceM) : null,
    };
  });
}

/** The coverage of one region (default: the admin's scope) over the last `days` days of scans. */
export async function buildCoverage(
  ctx: HandlerContext,
  input: v.InferOutput<typeof CoverageInputSchema>,
): Promise<CoverageData> {
  const { subject, tree } = await regionOf(ctx, input.regionCode);
  // The whole city's directory in one read: the region's posts, and every post a border village may be near.
  const city = await ctx.store.posts.directory(regionPrefix(CITY_CODE));
  const active = city.filter((p) => p.status === 'active' && p.villageCode.startsWith(subject.prefix));
  const near = nearestFinder(city);
  const villages = uncoveredVillages(near, tree, subject.prefix, active);
  const clusters = await outsideClusters(ctx, subject.prefix, tree, near, input.days);
  return {
    region: subject.crumb,
    villages: { total: villages.total, covered: villages.covered, uncovered: villages.uncovered },
    overlaps: heavyOverlaps(active),
    clusters,
    posts: active.map((p) => ({ id: p.id, lat: p.lat, lng: p.lng, radiusM: p.radiusM })),
    bounds: boundsOf([...active, ...villages.villages, ...clusters], subject.region),
    days: input.days,
  };
}

/** Only the clusters, for a new window of days: no villages, overlaps or circles are computed or sent again. */
export async function buildCoverageClusters(
  ctx: HandlerContext,
  input: v.InferOutput<typeof CoverageInputSchema>,
): Promise<CoverageClustersData> {
  const { subject, tree } = await regionOf(ctx, input.regionCode);
  const near = nearestFinder(await ctx.store.posts.directory(regionPrefix(CITY_CODE)));
  return { clusters: await outsideClusters(ctx, subject.prefix, tree, near, input.days), days: input.days };
}
