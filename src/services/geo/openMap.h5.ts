/**
 * 导航 in a browser: Taro's H5 `openLocation` draws no map, so the place opens on Amap's marker page, which shows
 * the spot and offers a route (in the Amap app when installed).
 */
import { amapMarkerUrl, type MapPlace } from './amapMarker';

/** Opens `place` on Amap's page (which picks its own zoom). */
export function openMap(place: MapPlace): void {
  // A new tab keeps the resident's page; where a browser refuses new tabs, go there in this one. Not the
  // 'noopener' feature: with it window.open answers null even when the tab opened, and both would happen.
  const tab = window.open(amapMarkerUrl(place), '_blank');
  if (tab) tab.opener = null;
  else window.location.assign(amapMarkerUrl(place));
}
