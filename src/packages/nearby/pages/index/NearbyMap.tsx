/** H5 (no Taro map there): a plain plot of where the posts and their 500 m circles lie around the user. */
import { Text, View } from '@tarojs/components';
import type { NearbyPost } from '~/types/api';
import { STRINGS } from './strings';
import type { Point } from './useNearby';

/** Props of NearbyMap (same on every platform). */
export interface NearbyMapProps {
  posts: NearbyPost[];
  here: Point | null;
  /** Elder mode: no caption, the picture speaks. */
  brief?: boolean;
}

const M_PER_DEG_LAT = 110_540;
/** Height of the plot over its width (index.scss: padding-bottom 70%). */
const ASPECT = 0.7;

/** Metres east and north of `origin`: flat-earth is fine over a few kilometres. */
function offset(origin: Point, p: Point): { x: number; y: number } {
  const mPerDegLng = 111_320 * Math.cos((origin.lat * Math.PI) / 180);
  return { x: (p.lng - origin.lng) * mPerDegLng, y: (p.lat - origin.lat) * M_PER_DEG_LAT };
}

/** The plot: the user in the middle (or the first post), everything scaled to fit a square. */
export function NearbyMap({ posts, here, brief = false }: NearbyMapProps) {
  const origin = here ?? (posts[0] ? { lat: posts[0].lat, lng: posts[0].lng } : null);
  if (!origin) return null;
  const spots = posts.map((p) => ({ post: p, ...offset(origin, p) }));
  // Metres from the centre to the side edge; the box is ASPECT as tall as wide, so circles stay round.
  const reach = Math.max(
    600,
    ...spots.map((s) => Math.max(Math.abs(s.x), Math.abs(s.y) / ASPECT) + s.post.radiusM / ASPECT),
  );
  const left = (m: number) => `${50 + (m / reach) * 50}%`;
  const top = (m: number) => `${50 - (m / (reach * ASPECT)) * 50}%`;
  return (
    <View className="nearby-plot-wrap">
      <View className="nearby-plot">
        {spots.map((s) => (
          <View
            key={`c-${s.post.id}`}
            className="nearby-plot-circle"
            style={{
              left: left(s.x - s.post.radiusM),
              top: top(s.y + s.post.radiusM),
              width: `${(s.post.radiusM / reach) * 100}%`,
              height: `${(s.post.radiusM / (reach * ASPECT)) * 100}%`,
            }}
          />
        ))}
        {spots.map((s) => (
          <View key={`p-${s.post.id}`} className="nearby-plot-post" style={{ left: left(s.x), top: top(s.y) }} />
        ))}
        {here ? (
          <View className="nearby-plot-you" style={{ left: '50%', top: '50%' }}>
            <Text>{STRINGS.you}</Text>
          </View>
        ) : null}
      </View>
      {brief ? null : <Text className="muted nearby-plot-caption">{STRINGS.plot}</Text>}
    </View>
  );
}
