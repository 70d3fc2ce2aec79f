/**
 * 导航, the platform pair's shared face: Taro's resolver swaps this import for `openMap.weapp.ts` (WeChat's map) or
 * `openMap.h5.ts` (Amap's marker page) by TARO_ENV, so this file is only what tsc and jest see. Unit tests play
 * either platform within one run, so the face picks the pair's half at call time.
 */
import { IS_H5 } from '~/src/services/platform';
import * as h5 from './openMap.h5';
import * as weapp from './openMap.weapp';
import type { MapPlace } from './amapMarker';

export { amapMarkerUrl, type MapPlace } from './amapMarker';

/** Opens `place` in WeChat's map (weapp) or on Amap's page (H5). */
export function openMap(place: MapPlace, scale?: number): void {
  (IS_H5 ? h5 : weapp).openMap(place, scale);
}
