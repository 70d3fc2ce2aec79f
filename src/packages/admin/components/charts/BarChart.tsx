/** Vertical bars with their number on top and their label below; scrolls sideways when bars do not fit. */
import { Text, View } from '@tarojs/components';
import { compactNumber, share } from './format';
import './charts.scss';

/** One bar. */
export interface BarPoint {
  key: string;
  label: string;
  value: number;
  /** How a screen reader names the bar when the label alone is too terse (8 → 8时). */
  spoken?: string;
}

/** Props of BarChart. */
export interface BarChartProps {
  points: BarPoint[];
  /** The unit read out with each value, e.g. 次. */
  unit: string;
  /** A caption for screen readers and the eye, e.g. 扫码趋势. */
  title?: string;
  /** Extra class on the root, e.g. `trend-chart`. */
  className?: string;
}

/** The chart; an empty list draws nothing. */
export function BarChart({ points, unit, title, className }: BarChartProps) {
  if (points.length === 0) return null;
  const max = Math.max(0, ...points.map((p) => p.value));
  return (
    <View className={['bar-chart', className].filter(Boolean).join(' ')} ariaLabel={title}>
      <View className="bar-chart-row">
        {points.map((p) => (
          <View
            key={p.key}
            className="chart-bar"
            ariaRole="img"
            ariaLabel={`${p.spoken ?? p.label}：${p.value}${unit}`}
          >
            <Text className="chart-value">{compactNumber(p.value)}</Text>
            <View className="chart-track">
              <View className="chart-fill" style={{ height: share(p.value, max) }} />
            </View>
            <Text className="chart-label">{p.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
