/** 导航 in the mini-program: WeChat's own map (`openLocation`), which speaks GCJ-02. */
import Taro from '@tarojs/taro';
import type { MapPlace } from './amapMarker';
import { wgs84ToGcj02 } from '~/types/gcj02';

/** Opens `place` in WeChat's map at zoom `scale`. */
export function openMap(place: MapPlace, scale = 16): void {
  const at = wgs84ToGcj02(place);
  Taro.openLocation({
    latitude: at.lat,
    longitude: at.lng,
    name: place.name,
    address: place.address ?? '',
    scale,
  }).catch(() => undefined);
}
