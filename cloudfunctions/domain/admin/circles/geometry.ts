/** Geometry of the 500 m service circles (服务圈): how much two circles overlap, and which pairs overlap heavily. */
import type { Overlap } from '~/types/api/dashboard';
import type { Post } from '~/types/domain';
import { distanceM } from '~/cloudfunctions/geo/distance';

/** Area (m²) of the lens where two circles of radii r1, r2 with centres `d` apart intersect. */
export function lensArea(d: number, r1: number, r2: number): number {
  if (d >= r1 + r2) return 0;
  const small = Math.min(r1, r2);
  if (d <= Math.abs(r1 - r2)) return Math.PI * small * small;
  const a1 = r1 * r1 * Math.acos((d * d + r1 * r1 - r2 * r2) / (2 * d * r1));
  const a2 = r2 * r2 * Math.acos((d * d + r2 * r2 - r1 * r1) / (2 * d * r2));
  const k = 0.5 * Math.sqrt((-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2));
  return a1 + a2 - k;
}

/** The share (0–100) of the smaller circle that the other covers: "overlaps by half" means half of one circle. */
export function overlapPct(d: number, r1: number, r2: number): number {
  const small = Math.min(r1, r2);
  return (100 * lensArea(d, r1, r2)) / (Math.PI * small * small);
}

/** A share of at least this (percent) counts as a heavy overlap (重叠较多). */
export const HEAVY_OVERLAP_PCT = 50;
/** At most this many pairs are listed. */
export const OVERLAPS_SHOWN = 200;

type Circle = Pick<Post, 'id' | 'name' | 'lat' | 'lng' | 'radiusM'>;

/**
 * Pairs of circles overlapping by at least `minPct`, each pair once (a before b by id), heaviest first (ties by
 * distance, then ids), at most `limit`. Candidates come from a grid of cells as wide as the largest diameter, so
 * the cost grows with the posts and their close neighbours, not with every pair.
 */
export function heavyOverlaps(circles: Circle[], minPct = HEAVY_OVERLAP_PCT, limit = OVERLAPS_SHOWN): Overlap[] {
  if (circles.length < 2) return [];
  const maxR = Math.max(...circles.map((c) => c.radiusM));
  // Degrees of latitude per cell: one diameter; longitude cells are widened by the latitude's cosine.
  const cellLat = (2 * maxR) / 111_000;
  const midLat = circles.reduce((s, c) => s + c.lat, 0) / circles.length;
  const cellLng = cellLat / Math.max(0.1, Math.cos((midLat * Math.PI) / 180));
  const grid = new Map<number, Circle[]>();
  const keyOf = (i: number, j: number) => i * 1_048_576 + j;
  for (const c of circles) {
    const k = keyOf(Math.floor(c.lat / cellLat), Math.floor(c.lng / cellLng));
    const list = grid.get(k) ?? [];
    list.push(c);
    grid.set(k, list);
  }
  const out: Overlap[] = [];
  for (const a of circles) {
    const i = Math.floor(a.lat / cellLat);
    const j = Math.floor(a.lng / cellLng);
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        for (const b of grid.get(keyOf(i + di, j + dj)) ?? []) {
          if (b.id <= a.id) continue;
          // A cheap bound first: circles farther apart than their radii in latitude alone cannot overlap.
          if (Math.abs(a.lat - b.lat) * 111_000 > a.radiusM + b.radiusM) continue;
          const d = distanceM(a, b);
          const pct = overlapPct(d, a.radiusM, b.radiusM);
          if (pct < minPct) continue;
          out.push({
            a: { id: a.id, name: a.name },
            b: { id: b.id, name: b.name },
            distanceM: Math.round(d),
            overlapPct: Math.round(pct * 10) / 10,
          });
        }
      }
    }
  }
  out.sort(
    (x, y) =>
      y.overlapPct - x.overlapPct ||
      x.distanceM - y.distanceM ||
      (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : x.b.id < y.b.id ? -1 : 1),
  );
  return out.slice(0, limit);
}
