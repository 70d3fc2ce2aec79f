/** A progress bar with its figures written out (done / total and the percentage), for long admin jobs. */
import { Text, View } from '@tarojs/components';
import './index.scss';

/** Props of ProgressBar. */
export interface ProgressBarProps {
  done: number;
  total: number;
}

/** Whole percent, 0–100; an empty job counts as finished. */
export function percentOf(done: number, total: number): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.max(0, Math.floor((done / total) * 100)));
}

/** The bar (class `progress-bar`, its fill `progress-fill`, its figures `progress-text`). */
export function ProgressBar({ done, total }: ProgressBarProps) {
  const pct = percentOf(done, total);
  return (
    <View className="progress">
      <View className="progress-bar">
        <View className="progress-fill" style={{ width: `${pct}%` }} />
      </View>
      <Text className="progress-text">{`${done} / ${total}（${pct}%）`}</Text>
    </View>
  );
}
