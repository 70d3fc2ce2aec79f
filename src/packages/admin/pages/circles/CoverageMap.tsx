/**
 * H5 (no Taro map there): a square plot of the posts' 500 m circles, uncovered villages and suggested spots.
 * A region of thousands of posts is drawn as squares of a grid (postMarks.ts): the same places, a few hundred
 * elements instead of ten thousand.
 */
import { Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import type { CoverageData } from '~/types/api/dashboard';
import { frameOf, place, span } from './geometry';
import { Legend } from './Legend';
import { postMarks } from './postMarks';
import { STRINGS } from './strings';

const pct = (n: number) => `${n}%`;

/** The plot and its legend. */
export function CoverageMap({ data }: { data: CoverageData }) {
  const frame = frameOf(data.bounds);
  const marks = useMemo(() => postMarks(data.posts, frame.sideM), [data.posts, frame.sideM]);
  const grouped = marks.some((m) => m.posts > 1 || m.key.startsWith('g'));
  const most = marks.reduce((n, m) => Math.max(n, m.posts), 1);
  return (
    <View className="coverage-plot-wrap">
      <View className="coverage-plot">
        {marks.map((m) => {
          const at = place(frame, m);
          const r = span(frame, m.radiusM);
          const box = { left: pct(at.left - r), top: pct(at.top - r), width: pct(2 * r), height: pct(2 * r) };
          if (!grouped) return <View key={m.key} className="plot-circle" style={box} />;
          // Darker where more posts share the square; never so pale it cannot be seen.
          const alpha = (0.25 + (0.65 * m.posts) / most).toFixed(2);
          return (
            <View
              key={m.key}
              className="plot-cell"
              ariaLabel={STRINGS.markerCell(m.posts)}
              style={{ ...box, background: `rgba(183, 28, 28, ${alpha})` }}
            />
          );
        })}
        {data.villages.uncovered.map((v) => {
          const at = place(frame, v);
          return (
            <View
              key={`v-${v.code}`}
              className="plot-village"
              ariaLabel={STRINGS.markerVillage(v.name)}
              style={{ left: pct(at.left), top: pct(at.top) }}
            />
          );
        })}
        {data.clusters.map((c) => {
          const at = place(frame, c);
          return (
            <View
              key={`s-${c.lat},${c.lng}`}
              className="plot-suggest"
              ariaLabel={STRINGS.markerSuggest(c.scans)}
              style={{ left: pct(at.left), top: pct(at.top) }}
            />
          );
        })}
      </View>
      <Legend />
      <Text className="muted plot-caption">{grouped ? STRINGS.plotGrouped : STRINGS.plotCaption}</Text>
    </View>
  );
}
