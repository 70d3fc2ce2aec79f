/** Contract of 服务圈覆盖: where the 500 m circles of the posts fail to reach, overlap, or miss scans. */
import * as v from 'valibot';
import type { Crumb } from './period';
import { daysSchema } from './period';

/** admin.coverage: where the 500 m circles fail to reach, inside a region of the admin's scope. */
export const CoverageInputSchema = v.strictObject({
  regionCode: v.optional(v.pipe(v.string('区划代码必须是文字'), v.regex(/^\d{6}(\d{3})?$/, '请选择县区或乡镇'))),
  /** The window of out-of-circle scans to cluster, in days back from today. */
  days: v.optional(daysSchema(7, 365), 90),
});
export type CoverageInput = v.InferInput<typeof CoverageInputSchema>;

/**
 * admin.coverageClusters: only the clusters of out-of-circle scans, the one part of 服务圈覆盖 that depends on the
 * window of days: a change of window fetches this, not the circles and villages again.
 */
export const CoverageClustersInputSchema = CoverageInputSchema;
/** Reply of admin.coverageClusters. */
export interface CoverageClustersData {
  clusters: OutsideCluster[];
  days: number;
}

/** A village whose centre (村委会) has no active post within 500 m. */
export interface UncoveredVillage {
  code: string;
  name: string;
  townshipName: string;
  lat: number;
  lng: number;
  /** The nearest active post and its distance, when one is within 5 km. */
  nearestPostId: string | null;
  nearestM: number | null;
}

/** Two active posts whose circles overlap by at least half (重叠较多). */
export interface Overlap {
  a: { id: string; name: string };
  b: { id: string; name: string };
  distanceM: number;
  /** Share of one circle covered by the other, 0–100. */
  overlapPct: number;
}

/** A cluster of scans made outside every circle: a sign a post is missing (建议增设). */
export interface OutsideCluster {
  /** Suggested location of a new post: the scan-weighted centre of the cluster. */
  lat: number;
  lng: number;
  scans: number;
  /** Grid cells (about 200 m) in the cluster. */
  cells: number;
  townshipName: string;
  nearestPostId: string | null;
  nearestM: number | null;
}

/** Reply of admin.coverage. */
export interface CoverageData {
  region: Crumb;
  villages: { total: number; covered: number; uncovered: UncoveredVillage[] };
  overlaps: Overlap[];
  clusters: OutsideCluster[];
  /** Every active post of the region, for the map (weapp Map circles) or the plot (H5). */
  posts: Array<{ id: string; lat: number; lng: number; radiusM: number }>;
  bounds: { minLat: number; maxLat: number; minLng: number; maxLng: number };
  days: number;
}
