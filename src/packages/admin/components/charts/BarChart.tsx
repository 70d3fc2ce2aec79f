/**
 * Vertical bars with their number on top and their label below. Bars that do not fit the width scroll sideways in
 * a ScrollView that opens at its end (scrollIntoView of the last bar: today, on weapp and H5 alike) under a hint
 * 左右滑动查看; a `fit` chart (24 hours) draws every bar within the width instead, thin, every k-th labelled.
 */
import { ScrollView, Text, View } from '@tarojs/components';
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
  /** Every bar within the width (no scrolling), for a chart of a fixed few dozen bars such as the 24 hours. */
  fit?: boolean;
  /** Unique on the page: the bars' element ids start with it (what scrollIntoView names). */
  id?: string;
}

/** Most bars that carry their number and label; beyond it every k-th does (the aria label names each bar). */
export const LABELLED_BARS = 12;
/** Most labelled bars of a `fit` chart, whose bars are thin: 24 hours are named every 4th (0, 4, … 20). */
export const FIT_LABELLED_BARS = 6;
/** Most bars a phone's panel (about 600rpx of its 750) shows side by side at their 60rpx: beyond, they scroll. */
export const BARS_IN_VIEW = 9;

export const BAR_CHART_TEXTS = { swipe: '左右滑动查看' } as const;

/** Which bars carry their number and label: all of a short chart, else every k-th counted back from the last. */
export function labelledBars(n: number, most = LABELLED_BARS): boolean[] {
  const k = n <= most ? 1 : Math.ceil(n / (most - 1));
  // Counted from the end so the last bar, today, is always named.
  return Array.from({ length: n }, (_, i) => (n - 1 - i) % k === 0);
}

/** The id of the i-th bar of chart `id`. */
export const barId = (id: string, i: number) => `${id}-bar-${i}`;

/** The chart; an empty list draws nothing. */
export function BarChart({ points, unit, title, className, fit, id }: BarChartProps) {
  if (points.length === 0) return null;
  const max = Math.max(0, ...points.map((p) => p.value));
  const k = Math.ceil(points.length / FIT_LABELLED_BARS);
  const named = fit ? points.map((_, i) => i % k === 0) : labelledBars(points.length);
  const chartId = id ?? (className ?? 'chart').replace(/[^\w-]/g, '-');
  const bars = (
    <View className="bar-chart-row">
      {points.map((p, i) => (
        <View
          key={p.key}
          id={barId(chartId, i)}
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
  );
  const classes = ['bar-chart', fit ? 'bar-chart-fit' : null, className].filter(Boolean).join(' ');
  if (fit) {
    return (
      <View className={classes} ariaLabel={title}>
        {bars}
      </View>
    );
  }
  return (
    <View className={classes} ariaLabel={title}>
      {points.length > BARS_IN_VIEW ? <Text className="chart-swipe-hint">{BAR_CHART_TEXTS.swipe}</Text> : null}
      <ScrollView scrollX className="bar-chart-scroll" scrollIntoView={barId(chartId, points.length - 1)}>
        {bars}
      </ScrollView>
    </View>
  );
}
