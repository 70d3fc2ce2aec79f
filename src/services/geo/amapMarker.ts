/** Amap's URI API marker page, the map a browser opens for 导航 (openMap.h5.ts). */
import type { GeoPoint } from '~/types/domain';
import { wgs84ToGcj02 } from '~/types/gcj02';

/** A place to open: stored position (WGS-84) and what to call it. */
export interface MapPlace extends GeoPoint {
  name: string;
  address?: string;
}

/** Amap's marker page of a place; Amap speaks GCJ-02 (`coordinate=gaode`), so the point is converted first. */
export function amapMarkerUrl(place: MapPlace): string {
  const at = wgs84ToGcj02(place);
  const position = `${at.lng.toFixed(6)},${at.lat.toFixed(6)}`;
  const name = encodeURIComponent(place.name);
  return `https://uri.amap.com/marker?position=${position}&name=${name}&coordinate=gaode&callnative=1&src=pioneer-post`;
}
