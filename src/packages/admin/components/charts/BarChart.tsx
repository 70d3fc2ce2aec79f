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

/** Most bars that carry their number and label; beyond it every k-th does (the aria label names each bar). */
export const LABELLED_BARS = 12;

/** Which bars carry their number and label: all of a short chart, else every k-th counted back from the last. */
export function labelledBars(n: number, most = LABELLED_BARS): boolean[] {
  const k = n <= most ? 1 : Math.ceil(n / (most - 1));
  // Counted from the end so the last bar, today, is always named.
  return Array.from({ length: n }, (_, i) => (n - 1 - i) % k === 0);
}

/** The chart; an empty list draws nothing. */
export function BarChart({ points, unit, title, className }: BarChartProps) {
  if (points.length === 0) return null;
  const max = Math.max(0, ...points.map((p) => p.value));
  const named = labelledBars(points.length);
  return (
    <View className={['bar-chart', className].filter(Boolean).join(' ')} ariaLabel={title}>
      <View className="bar-chart-row">
        {points.map((p, i) => (
          <View
            key={p.key}
            className={named[i] ? 'chart-bar' : 'chart-bar chart-bar-quiet'}
            ariaRole="img"
            ariaLabel={`${p.spoken ?? p.label}：${p.value}${unit}`}
          >
            <Text className="chart-value">{named[i] ? compactNumber(p.value) : '\u00a0'}</Text>
            <View className="chart-track">
              <View className="chart-fill" style={{ height: share(p.value, max) }} />
            </View>
            <Text className="chart-label">{named[i] ? p.label : '\u00a0'}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
