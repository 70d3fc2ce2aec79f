/** weapp: WeChat's map with a marker per post and its 500 m circle. */
import { Map } from '@tarojs/components';
import type { NearbyPost } from '../../../../../types/api';
import type { Point } from './useNearby';

/** Props of NearbyMap (same on every platform). */
export interface NearbyMapProps {
  posts: NearbyPost[];
  here: Point | null;
  /** Elder mode: no caption (the weapp map has none anyway). */
  brief?: boolean;
}

/** The map, centred on the user (or on the first post when listed by township). */
export function NearbyMap({ posts, here }: NearbyMapProps) {
  const centre = here ?? (posts[0] ? { lat: posts[0].lat, lng: posts[0].lng } : null);
  if (!centre) return null;
  return (
    <Map
      className="nearby-map"
      latitude={centre.lat}
      longitude={centre.lng}
      scale={15}
      showLocation={here !== null}
      // An empty iconPath draws WeChat's default pin: no image file in the package.
      markers={posts.map((p, i) => ({ id: i, latitude: p.lat, longitude: p.lng, title: p.name, iconPath: '' }))}
      circles={posts.map((p) => ({
        latitude: p.lat,
        longitude: p.lng,
        radius: p.radiusM,
        color: '#b71c1c88',
        fillColor: '#b71c1c1a',
        strokeWidth: 2,
      }))}
      // Taro's typings require it; a map that fails to draw still leaves the list below.
      onError={() => undefined}
    />
  );
}
