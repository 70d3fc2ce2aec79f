/**
 * Nearest service by widening boxes: look in a small lat/lng box first and accept its best candidate only when
 * nothing outside the box can be closer (the candidate lies within the box's inscribed radius); otherwise widen.
 * The last step ranks every located service of the kinds, so the answer is always the true nearest.
 */
import type { GeoPoint, ServiceKind } from '~/types/domain';
import { distanceM } from '../../geo/distance';
import type { NearestService } from '../port';
import { toService } from './mappers';
import type { BoxParams, Statements } from './statements';

/** Half-widths in degrees of latitude, tried in order before ranking everything. */
const STEPS_DEG = [0.1, 0.5, 2];
/** Same sphere as geo/distance.ts; shrunk a hair below so rounding never accepts a candidate that is not the nearest. */
const SAFE_RADIUS_M = 6371008.8 * 0.9999;
const RAD = Math.PI / 180;

interface Box {
  params: BoxParams;
  /** No point outside the box is closer than this to the centre. */
  safeM: number;
}

/** The box of half-width `deg` (latitude) around `p`, or null where it would cross a pole or the antimeridian. */
export function boxAround(p: GeoPoint, deg: number, kinds: string): Box | null {
  const minLat = p.lat - deg;
  const maxLat = p.lat + deg;
  if (minLat <= -90 || maxLat >= 90) return null;
  // Widen longitude by the band's highest latitude so the box is at least `deg` wide east-west everywhere.
  const dLng = deg / Math.cos(Math.max(Math.abs(minLat), Math.abs(maxLat)) * RAD);
  if (dLng >= 90 || p.lng - dLng < -180 || p.lng + dLng > 180) return null;
  // Outside the box means beyond a parallel (angular distance deg) or beyond a bounding meridian's great circle
  // (angular distance asin(cos φ · sin Δλ)).
  const angle = Math.min(deg * RAD, Math.asin(Math.cos(p.lat * RAD) * Math.sin(dLng * RAD)));
  return {
    params: { kinds, minLat, maxLat, minLng: p.lng - dLng, maxLng: p.lng + dLng },
    safeM: SAFE_RADIUS_M * angle,
  };
}

function closest(rows: ReturnType<Statements['servicesLocated']['all']>, point: GeoPoint): NearestService | null {
  let best: NearestService | null = null;
  for (const row of rows) {
    if (row.lat === null || row.lng === null) continue;
    const d = distanceM(point, { lat: row.lat, lng: row.lng });
    if (best === null || d < best.distanceM || (d === best.distanceM && row.id < best.service.id)) {
      best = { service: toService(row), distanceM: d };
    }
  }
  return best;
}

/** The nearest located service of one of `kinds`, or null. */
export function nearestService(st: Statements, kinds: ServiceKind[], point: GeoPoint): NearestService | null {
  if (kinds.length === 0) return null;
  const kindsJson = JSON.stringify(kinds);
  for (const deg of STEPS_DEG) {
    const box = boxAround(point, deg, kindsJson);
    if (box === null) break;
    const best = closest(st.servicesInBox.all(box.params), point);
    if (best !== null && best.distanceM <= box.safeM) return best;
  }
  return closest(st.servicesLocated.all(kindsJson), point);
}
