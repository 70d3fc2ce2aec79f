/** weapp: WeChat's map with a marker per post and its 500 m circle. */
import { Map } from '@tarojs/components';
import type { NearbyPost } from '~/types/api';
import { wgs84ToGcj02 } from '~/types/gcj02';
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
  // WeChat's map draws in GCJ-02; posts and `here` are WGS-84.
  const spots = posts.map((p) => ({ post: p, at: wgs84ToGcj02({ lat: p.lat, lng: p.lng }) }));
  const centre = here ? wgs84ToGcj02(here) : spots[0]?.at;
  if (!centre) return null;
  return (
    <Map
      className="nearby-map"
      latitude={centre.lat}
      longitude={centre.lng}
      scale={15}
      showLocation={here !== null}
      // An empty iconPath draws WeChat's default pin: no image file in the package.
      markers={spots.map((s, i) => ({
        id: i,
        latitude: s.at.lat,
        longitude: s.at.lng,
        title: s.post.name,
        iconPath: '',
      }))}
      circles={spots.map((s) => ({
        latitude: s.at.lat,
        longitude: s.at.lng,
        radius: s.post.radiusM,
        color: '#b71c1c88',
        fillColor: '#b71c1c1a',
        strokeWidth: 2,
      }))}
      // Taro's typings require it; a map that fails to draw still leaves the list below.
      onError={() => undefined}
    />
  );
}
