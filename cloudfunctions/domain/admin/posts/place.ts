/**
 * Where a post may stand: inside the city's bounding box (CITY_BOUNDS) and within 20 km of its village's centre,
 * which catches swapped latitude and longitude and typing errors that still land inside the city.
 */
import { CITY_BOUNDS } from '~/types/ids';
import type { GeoPoint, Region } from '~/types/domain';
import { distanceM } from '~/cloudfunctions/geo/distance';
import { POST_TEXTS } from './texts';

/** Farthest a post may stand from its village's centre, metres. */
export const MAX_FROM_VILLAGE_M = 20_000;

/** One thing wrong with a place; `field` is the column of the import template it concerns. */
export interface PlaceProblem {
  field: '纬度' | '经度';
  code: 'OUTSIDE_CITY' | 'FAR_FROM_VILLAGE';
  reason: string;
}

/** True when the point lies inside the city's bounding box. */
export function insideCity(p: GeoPoint): boolean {
  return (
    p.lat >= CITY_BOUNDS.minLat &&
    p.lat <= CITY_BOUNDS.maxLat &&
    p.lng >= CITY_BOUNDS.minLng &&
    p.lng <= CITY_BOUNDS.maxLng
  );
}

/** What is wrong with placing a post of `village` at `p` (empty when nothing). */
export function placeProblems(p: GeoPoint, village: Pick<Region, 'name' | 'lat' | 'lng'> | null): PlaceProblem[] {
  const problems: PlaceProblem[] = [];
  // Latitude and longitude typed in each other's column (a common slip in a sheet): said as such, once.
  if (!insideCity(p) && insideCity({ lat: p.lng, lng: p.lat })) {
    return [{ field: '纬度', code: 'OUTSIDE_CITY', reason: POST_TEXTS.swapped }];
  }
  if (p.lat < CITY_BOUNDS.minLat || p.lat > CITY_BOUNDS.maxLat) {
    problems.push({ field: '纬度', code: 'OUTSIDE_CITY', reason: POST_TEXTS.latOutside });
  }
  if (p.lng < CITY_BOUNDS.minLng || p.lng > CITY_BOUNDS.maxLng) {
    problems.push({ field: '经度', code: 'OUTSIDE_CITY', reason: POST_TEXTS.lngOutside });
  }
  if (problems.length > 0 || !village) return problems;
  const d = distanceM(p, village);
  if (d > MAX_FROM_VILLAGE_M) {
    problems.push({
      field: '纬度',
      code: 'FAR_FROM_VILLAGE',
      reason: POST_TEXTS.farFromVillage(Math.round(d / 1000), village.name),
    });
  }
  return problems;
}

/** A point as the history shows it: 「45.61,122.83」 (six decimals at most). */
export function pointText(p: GeoPoint): string {
  const r = (x: number) => String(Math.round(x * 1e6) / 1e6);
  return `${r(p.lat)},${r(p.lng)}`;
}
