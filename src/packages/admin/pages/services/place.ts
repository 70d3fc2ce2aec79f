/**
 * The one place this page turns a map pick into stored coordinates: WeChat's chooseLocation answers GCJ-02, service
 * points are stored in WGS-84 (types/domain.ts), ≈ 500 m apart at Baicheng.
 */
import type { GeoPoint } from '~/types/domain';
import { gcj02ToWgs84 } from '~/types/gcj02';

/** A chooseLocation result (GCJ-02) as WGS-84, rounded to 6 decimals (≈ 0.1 m) for the form. */
export function pickedToWgs84(picked: { latitude: number; longitude: number }): GeoPoint {
  const w = gcj02ToWgs84({ lat: picked.latitude, lng: picked.longitude });
  return { lat: Number(w.lat.toFixed(6)), lng: Number(w.lng.toFixed(6)) };
}
