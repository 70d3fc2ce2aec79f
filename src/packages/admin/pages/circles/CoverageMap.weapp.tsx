/**
 * weapp: WeChat's map with each post's 500 m circle, uncovered village centres (red) and suggested spots (green).
 * Marker colours come from their labels and a small ring, so the package carries no icon images.
 */
import { Map } from '@tarojs/components';
import type { CoverageData } from '../../../../../types/api/dashboard';
import { wgs84ToGcj02 } from '../../../../services/geo/gcj02';
import { Legend } from './Legend';
import { frameOf, zoomFor } from './geometry';
import { STRINGS } from './strings';

const RED = '#b71c1c';
const GREEN = '#1b5e20';

/** The map and its legend. */
export function CoverageMap({ data }: { data: CoverageData }) {
  // WeChat's map draws in GCJ-02; everything in the reply is WGS-84.
  const frame = frameOf(data.bounds);
  const centre = wgs84ToGcj02({ lat: frame.lat, lng: frame.lng });
  const villages = data.villages.uncovered.map((v) => ({ v, at: wgs84ToGcj02(v) }));
  const clusters = data.clusters.map((c) => ({ c, at: wgs84ToGcj02(c) }));
  const label = (content: string, bgColor: string) => ({
    content,
    color: '#ffffff',
    bgColor,
    fontSize: 12,
    padding: 4,
    borderRadius: 4,
    borderWidth: 0,
    borderColor: bgColor,
    anchorX: 0,
    anchorY: 0,
    textAlign: 'center' as const,
  });
  return (
    <>
      <Map
        className="coverage-map"
        latitude={centre.lat}
        longitude={centre.lng}
        scale={zoomFor(frame.sideM)}
        markers={[
          ...villages.map(({ v, at }, i) => ({
            id: i,
            latitude: at.lat,
            longitude: at.lng,
            title: v.name,
            iconPath: '',
            label: label(STRINGS.markerVillage(v.name), RED),
          })),
          ...clusters.map(({ c, at }, i) => ({
            id: villages.length + i,
            latitude: at.lat,
            longitude: at.lng,
            title: STRINGS.legend.suggest,
            iconPath: '',
            label: label(STRINGS.markerSuggest(c.scans), GREEN),
          })),
        ]}
        circles={[
          ...data.posts.map((p) => {
            const at = wgs84ToGcj02(p);
            return {
              latitude: at.lat,
              longitude: at.lng,
              radius: p.radiusM,
              color: '#b71c1c88',
              fillColor: '#b71c1c1a',
              strokeWidth: 2,
            };
          }),
          ...clusters.map(({ at }) => ({
            latitude: at.lat,
            longitude: at.lng,
            radius: 150,
            color: '#1b5e20cc',
            fillColor: '#1b5e2040',
            strokeWidth: 2,
          })),
        ]}
        onError={() => undefined}
      />
      <Legend />
    </>
  );
}
