/** H5 (no Taro map there): a square plot of the posts' 500 m circles, uncovered villages and suggested spots. */
import { Text, View } from '@tarojs/components';
import type { CoverageData } from '../../../../../types/api/dashboard';
import { frameOf, place, span } from './geometry';
import { Legend } from './Legend';
import { STRINGS } from './strings';

const pct = (n: number) => `${n}%`;

/** The plot and its legend. */
export function CoverageMap({ data }: { data: CoverageData }) {
  const frame = frameOf(data.bounds);
  return (
    <View className="coverage-plot-wrap">
      <View className="coverage-plot">
        {data.posts.map((p) => {
          const at = place(frame, p);
          const r = span(frame, p.radiusM);
          return (
            <View
              key={`c-${p.id}`}
              className="plot-circle"
              style={{ left: pct(at.left - r), top: pct(at.top - r), width: pct(2 * r), height: pct(2 * r) }}
            />
          );
        })}
        {data.posts.map((p) => {
          const at = place(frame, p);
          return <View key={`p-${p.id}`} className="plot-post" style={{ left: pct(at.left), top: pct(at.top) }} />;
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
      <Text className="muted plot-caption">{STRINGS.plotCaption}</Text>
    </View>
  );
}
