/**
 * weapp: WeChat's map with each post's 500 m circle, uncovered village centres (red) and suggested spots (green).
 * Marker colours come from their labels and a small ring, so the package carries no icon images. Only the circles
 * that reach into the part on screen are handed to the map, and grid squares instead of circles while zoomed out
 * (postMarks.ts): a city's 5,292 circles at once would make the map slow to draw and to move.
 */
import { Map } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo, useState } from 'react';
import type { CoverageData } from '~/types/api/dashboard';
import { wgs84ToGcj02 } from '~/types/gcj02';
import { Legend } from './Legend';
import { frameOf, zoomFor } from './geometry';
import { postMarks, type View } from './postMarks';
import { STRINGS } from './strings';

const MAP_ID = 'coverage-map';

/** Metres across a phone's map at WeChat zoom `scale` (the inverse of zoomFor). */
const sideAt = (scale: number) => 1200 * Math.pow(2, 16 - scale);

const RED = '#b71c1c';
const GREEN = '#1b5e20';

/** The map and its legend. */
export function CoverageMap({ data }: { data: CoverageData }) {
  // WeChat's map draws in GCJ-02; everything in the reply is WGS-84.
  const frame = frameOf(data.bounds);
  const centre = wgs84ToGcj02({ lat: frame.lat, lng: frame.lng });
  const [seen, setSeen] = useState<{ view?: View; sideM: number }>({ sideM: frame.sideM });
  const marks = useMemo(() => postMarks(data.posts, seen.sideM, seen.view), [data.posts, seen]);
  // After each pan or zoom, what the map shows: its corners are GCJ-02, brought back to WGS-84 by the offset at
  // the centre (a few hundred metres, the same across a county to within metres).
  const moved = (e: { type?: string; detail?: { type?: string } }) => {
    if ((e.detail?.type ?? e.type) !== 'end') return;
    const ctx = Taro.createMapContext(MAP_ID);
    ctx.getScale({
      success: ({ scale }) =>
        ctx.getRegion({
          success: ({ southwest: sw, northeast: ne }) => {
            const dLat = centre.lat - frame.lat;
            const dLng = centre.lng - frame.lng;
            setSeen({
              sideM: sideAt(scale),
              view: {
                minLat: sw.latitude - dLat,
                maxLat: ne.latitude - dLat,
                minLng: sw.longitude - dLng,
                maxLng: ne.longitude - dLng,
              },
            });
          },
        }),
    });
  };
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
        id={MAP_ID}
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
          ...marks.map((p) => {
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
        onRegionChange={moved}
        onError={() => undefined}
      />
      <Legend />
    </>
  );
}
