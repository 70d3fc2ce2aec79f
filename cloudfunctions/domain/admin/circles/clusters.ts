/**
 * Clusters of scans made outside every circle (圈外扫码聚集): the dense out-of-circle cells (≈ 200 m) that touch
 * each other, side or corner, merged with union-find; a cluster with enough scans suggests a missing post at its
 * scan-weighted centre. Only dense cells join: scans from just beyond a circle's edge are scattered thinly round
 * every post, and once their cells touch corner to corner across a county, plain merging makes one useless blob.
 */
import type { OutsideCell } from '~/cloudfunctions/store/port';

/** A cluster needs at least this many scans to be worth a post. */
export const MIN_CLUSTER_SCANS = 10;
/** A cell is dense when it holds at least this many scans… */
export const MIN_CELL_SCANS = 5;
/** …and this many times the median out-of-circle cell (the thin background round every circle). */
export const DENSITY_FACTOR = 4;
/** Fewer out-of-circle cells than this and the median says nothing about a background. */
export const BACKGROUND_CELLS = 10;
/** At most this many clusters are listed. */
export const CLUSTERS_SHOWN = 30;

/** A merged cluster before the nearest post and the township name are looked up. */
export interface CellCluster {
  lat: number;
  lng: number;
  scans: number;
  cells: number;
  /** The township with the most scans in the cluster. */
  townshipCode: string;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

/**
 * Merges cells whose grid indexes (centre ÷ `cellDeg`, floored) differ by at most one in both directions. The same
 * cell listed twice (two posts scanned from it) is one cell. Kept: clusters with at least `minScans` scans, most
 * scans first (ties by latitude, then longitude), at most `limit`.
 */
export function clusterCells(
  cells: OutsideCell[],
  cellDeg: number,
  minScans = MIN_CLUSTER_SCANS,
  limit = CLUSTERS_SHOWN,
): CellCluster[] {
  // Numeric keys: a row and a column packed into one number (columns of any longitude stay within ±2¹⁹).
  const index = new Map<number, number>();
  const keyOf = (i: number, j: number) => i * 1_048_576 + j;
  const merged: { i: number; j: number; lat: number; lng: number; count: number; towns: Map<string, number> }[] = [];
  for (const c of cells) {
    // Cells come as centres ((index + ½) × cellDeg): flooring gives the index back.
    const i = Math.floor(c.lat / cellDeg);
    const j = Math.floor(c.lng / cellDeg);
    const key = keyOf(i, j);
    let at = index.get(key);
    if (at === undefined) {
      at = merged.length;
      index.set(key, at);
      merged.push({ i, j, lat: c.lat, lng: c.lng, count: 0, towns: new Map() });
    }
    merged[at].count += c.count;
    merged[at].towns.set(c.townshipCode, (merged[at].towns.get(c.townshipCode) ?? 0) + c.count);
  }
  const counts = merged.map((m) => m.count).sort((a, b) => a - b);
  // With only a handful of cells there is no background to measure: each cell stands for itself.
  const median = counts.length >= BACKGROUND_CELLS ? counts[counts.length >> 1] : 0;
  const dense = merged.filter((m) => m.count >= Math.max(MIN_CELL_SCANS, DENSITY_FACTOR * median));
  index.clear();
  dense.forEach((m, k) => index.set(keyOf(m.i, m.j), k));
  const parent = dense.map((_, k) => k);
  dense.forEach((m, k) => {
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        const other = index.get(keyOf(m.i + di, m.j + dj));
        if (other !== undefined) parent[find(parent, other)] = find(parent, k);
      }
    }
  });
  const groups = new Map<number, typeof merged>();
  dense.forEach((m, k) => {
    const root = find(parent, k);
    const list = groups.get(root) ?? [];
    list.push(m);
    groups.set(root, list);
  });
  const out: CellCluster[] = [];
  for (const group of groups.values()) {
    const scans = group.reduce((s, m) => s + m.count, 0);
    if (scans < minScans) continue;
    const towns = new Map<string, number>();
    for (const m of group) for (const [t, n] of m.towns) towns.set(t, (towns.get(t) ?? 0) + n);
    const town = [...towns.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    out.push({
      lat: round6(group.reduce((s, m) => s + m.lat * m.count, 0) / scans),
      lng: round6(group.reduce((s, m) => s + m.lng * m.count, 0) / scans),
      scans,
      cells: group.length,
      townshipCode: town,
    });
  }
  out.sort((a, b) => b.scans - a.scans || a.lat - b.lat || a.lng - b.lng);
  return out.slice(0, limit);
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
