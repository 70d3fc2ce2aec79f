/**
 * The grid index behind `posts.near`: every post carries the key of its 0.01° × 0.01° cell (≈ 1.1 km × 0.8 km
 * here), and a search reads the 3 × 3 block of cells around the point, then widens band by band. It stops once it
 * holds `limit` posts that no post outside the searched block could beat, or once the block covers NEAR_MAX_M.
 * Both store adapters share this search; each only answers "the active posts of these cells".
 */
import type { GeoPoint, Post } from '~/types/domain';
import { distanceM } from './distance';

/** Cells per degree; the SQLite migration computes the same key with the same multiplication. */
export const CELLS_PER_DEG = 100;
/** Posts farther than this are never "near" (20 km: beyond it a resident calls 12348 rather than walks). */
export const NEAR_MAX_M = 20_000;

// A key packs (row, column) into one integer: rows and columns are offset to be non-negative.
const ROW_OFFSET = 90 * CELLS_PER_DEG;
const COL_OFFSET = 180 * CELLS_PER_DEG;
const COLS = 360 * CELLS_PER_DEG + 1;
const EARTH_RADIUS_M = 6371008.8;
// Shrunk a hair so floating-point rounding never accepts a post that is not among the nearest.
const SAFE_RADIUS_M = EARTH_RADIUS_M * 0.9999;
const RAD = Math.PI / 180;
// A backstop for points near the poles, where a ring of cells is narrower than any useful distance.
const MAX_RING = 200;

/** The row (latitude band) of a point. */
export function cellRow(lat: number): number {
  return Math.floor(lat * CELLS_PER_DEG);
}
/** The column (longitude band) of a point. */
export function cellCol(lng: number): number {
  return Math.floor(lng * CELLS_PER_DEG);
}
/** The integer cell key stored with each post. */
export function cellKey(row: number, col: number): number {
  return (row + ROW_OFFSET) * COLS + (col + COL_OFFSET);
}
/** The cell key of a point. */
export function cellOf(p: GeoPoint): number {
  return cellKey(cellRow(p.lat), cellCol(p.lng));
}

/** The keys of the cells at Chebyshev distance exactly `ring` from (row, col); ring 0 is the cell itself. */
export function ringCells(row: number, col: number, ring: number): number[] {
  if (ring === 0) return [cellKey(row, col)];
  const out: number[] = [];
  for (let c = col - ring; c <= col + ring; c++) out.push(cellKey(row - ring, c), cellKey(row + ring, c));
  for (let r = row - ring + 1; r <= row + ring - 1; r++) out.push(cellKey(r, col - ring), cellKey(r, col + ring));
  return out;
}

/** No point outside the block of `ring` rings around p's cell is closer to p than this (metres). */
export function safeRadiusM(p: GeoPoint, ring: number): number {
  const row = cellRow(p.lat);
  const col = cellCol(p.lng);
  const south = p.lat - (row - ring) / CELLS_PER_DEG;
  const north = (row + ring + 1) / CELLS_PER_DEG - p.lat;
  const west = p.lng - (col - ring) / CELLS_PER_DEG;
  const east = (col + ring + 1) / CELLS_PER_DEG - p.lng;
  const dLat = Math.min(south, north) * RAD;
  // Distance to a meridian's great circle: asin(cos φ · sin Δλ).
  const dLng = Math.asin(Math.min(1, Math.cos(p.lat * RAD) * Math.sin(Math.min(west, east, 90) * RAD)));
  return SAFE_RADIUS_M * Math.min(dLat, dLng);
}

/** What the search needs of a post: an adapter may read just these and fetch the few winners afterwards. */
export interface Located {
  id: string;
  lat: number;
  lng: number;
}

/** Reads the active posts (or their locations) of the given cells: an adapter's one job in the search. */
export type CellReader<T extends Located> = (cells: number[]) => Promise<T[]>;

/** A candidate with its distance. */
export interface Ranked<T extends Located> {
  item: T;
  distanceM: number;
}

function rank<T extends Located>(a: Ranked<T>, b: Ranked<T>): number {
  return a.distanceM - b.distanceM || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
}

/** Rings searched after the first 3 × 3 block: each step reads the band of cells out to the next ring. */
function* ringSteps(): Generator<number> {
  for (const r of [1, 2, 3, 4, 6, 8, 11, 15, 20, 27, 36]) yield r;
  for (let r = 48; ; r = Math.ceil(r * 1.3)) yield r;
}

/**
 * The `limit` nearest active posts within NEAR_MAX_M of `point`, nearest first. Where posts are dense the first
 * block answers in one read; where they are sparse the bands widen, so a search needs about ten reads at most.
 */
export async function nearest<T extends Located>(
  point: GeoPoint,
  limit: number,
  read: CellReader<T>,
): Promise<Ranked<T>[]> {
  if (limit <= 0) return [];
  const row = cellRow(point.lat);
  const col = cellCol(point.lng);
  const found: Ranked<T>[] = [];
  let done = -1;
  for (const ring of ringSteps()) {
    const cells: number[] = [];
    for (let k = done + 1; k <= ring; k++) cells.push(...ringCells(row, col, k));
    done = ring;
    for (const item of await read(cells)) {
      const d = distanceM(point, item);
      if (d <= NEAR_MAX_M) found.push({ item, distanceM: d });
    }
    found.sort(rank);
    const safe = safeRadiusM(point, ring);
    const enough = found.length >= limit && found[limit - 1].distanceM <= safe;
    if (enough || safe >= NEAR_MAX_M || ring >= MAX_RING) return found.slice(0, limit);
  }
  return found.slice(0, limit);
}

/** A post with its distance from the searched point (the store port's NearPost). */
export interface PostAt {
  post: Post;
  distanceM: number;
}

/** `nearest` over full posts, in the port's shape. */
export async function nearPosts(point: GeoPoint, limit: number, read: CellReader<Post>): Promise<PostAt[]> {
  return (await nearest(point, limit, read)).map((r) => ({ post: r.item, distanceM: r.distanceM }));
}
