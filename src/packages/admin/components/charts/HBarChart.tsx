/** Horizontal bars: a label, a bar as long as its share of the longest, the number, and an optional note. */
import { Text, View } from '@tarojs/components';
import { compactNumber, share } from './format';
import './charts.scss';

/** One row. */
export interface HBarRow {
  key: string;
  label: string;
  value: number;
  /** Shown after the number, e.g. 转化 12%. */
  note?: string;
}

/** Props of HBarChart. */
export interface HBarChartProps {
  rows: HBarRow[];
  unit: string;
  /** Lengths are shares of this (default: the largest value). */
  max?: number;
  className?: string;
}

/** The chart; an empty list draws nothing. */
export function HBarChart({ rows, unit, max, className }: HBarChartProps) {
  if (rows.length === 0) return null;
  const top = max ?? Math.max(0, ...rows.map((r) => r.value));
  return (
    <View className={['hbar-chart', className].filter(Boolean).join(' ')}>
      {rows.map((r) => (
        <View
          key={r.key}
          className="hbar-row"
          ariaRole="img"
          ariaLabel={`${r.label}：${r.value}${unit}${r.note ? `，${r.note}` : ''}`}
        >
          <Text className="hbar-label">{r.label}</Text>
          <View className="hbar-track">
            <View className="hbar-fill" style={{ width: share(r.value, top) }} />
          </View>
          <Text className="hbar-value">{compactNumber(r.value)}</Text>
          {r.note ? <Text className="hbar-note">{r.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
