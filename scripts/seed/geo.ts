/** Placing demo points (演示数据) on the map: offsets by distance and bearing, kept inside the city's box. */
import type { GeoPoint } from '~/types/domain';
import type { Rng } from './prng';

const METRES_PER_DEGREE = 111320;

/** The bounding box of the city (白城市), degrees. */
export interface Bounds {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** Rounds to 6 decimals (~0.1 m): stable output and compact rows. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The point `distanceM` metres from `origin` towards `bearing` (radians, 0 = north); flat-earth, fine under 50 km. */
export function offset(origin: GeoPoint, distanceM: number, bearing: number): GeoPoint {
  const dLat = (distanceM * Math.cos(bearing)) / METRES_PER_DEGREE;
  const dLng = (distanceM * Math.sin(bearing)) / (METRES_PER_DEGREE * Math.cos((origin.lat * Math.PI) / 180));
  return { lat: round6(origin.lat + dLat), lng: round6(origin.lng + dLng) };
}

/** A point at a random distance in [minM, maxM] and random bearing from `origin`. */
export function scatter(rng: Rng, origin: GeoPoint, minM: number, maxM: number): GeoPoint {
  return offset(origin, rng.between(minM, maxM), rng.between(0, 2 * Math.PI));
}

/** Bearing of the i-th of n points spread round a circle, jittered so the ring does not look drawn. */
export function spreadBearing(rng: Rng, i: number, n: number): number {
  const step = (2 * Math.PI) / Math.max(1, n);
  return i * step + rng.between(-0.3, 0.3) * step;
}

/** Clamps a point into `bounds` shrunk by `marginDeg`, so children scattered around it stay inside the city. */
export function clampInto(point: GeoPoint, bounds: Bounds, marginDeg: number): GeoPoint {
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi - marginDeg, Math.max(lo + marginDeg, x));
  return {
    lat: round6(clamp(point.lat, bounds.minLat, bounds.maxLat)),
    lng: round6(clamp(point.lng, bounds.minLng, bounds.maxLng)),
  };
}
