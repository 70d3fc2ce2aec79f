/**
 * 导航: opens a place in a map. In the mini-program that is WeChat's own map (`openLocation`); a browser has none
 * (Taro's H5 `openLocation` draws no map), so H5 opens the place on a map site instead: Amap's URI API marker
 * page, which shows the spot and offers a route, in the Amap app when installed.
 */
import Taro from '@tarojs/taro';
import type { GeoPoint } from '~/types/domain';
import { wgs84ToGcj02 } from './gcj02';

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

/** Opens `place` in WeChat's map (weapp) or on Amap's page (H5). */
export function openMap(place: MapPlace, scale = 16): void {
  if (process.env.TARO_ENV === 'h5') {
    // A new tab keeps the resident's page; where a browser refuses new tabs, go there in this one. Not the
    // 'noopener' feature: with it window.open answers null even when the tab opened, and both would happen.
    const tab = window.open(amapMarkerUrl(place), '_blank');
    if (tab) tab.opener = null;
    else window.location.assign(amapMarkerUrl(place));
    return;
  }
  const at = wgs84ToGcj02(place);
  Taro.openLocation({
    latitude: at.lat,
    longitude: at.lng,
    name: place.name,
    address: place.address ?? '',
    scale,
  }).catch(() => undefined);
}
