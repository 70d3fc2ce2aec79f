/** One subject's numbers: today's scans and visitors, then the last 7 days as bars. */
import { Text, View } from '@tarojs/components';
import { shortDay } from '~/types/day';
import { StateView } from '~/src/components/StateView';
import { ScopeFailure } from '../../components/Failure';
import type { StatsState } from './useStats';
import { STRINGS } from './strings';

/** One of today's figures: its label, the number (class `className`) and its unit. */
function Figure({ label, className, n, unit }: { label: string; className: string; n: number; unit: string }) {
  return (
    <View className="stats-figure">
      <Text className="stats-label">{label}</Text>
      <View className="stats-number">
        <Text className={className}>{String(n)}</Text>
        <Text className="stats-unit">{unit}</Text>
      </View>
    </View>
  );
}

/** A stats card with its loading and error states. */
export function StatsPanel({ title, state }: { title: string; state: StatsState }) {
  const { stats, loading, error, reload } = state;
  if (error) {
    return (
      <View className="card stats-panel">
        <ScopeFailure error={error} texts={STRINGS} onRetry={reload} />
      </View>
    );
  }
  if (!stats) return <View className="card stats-panel">{loading ? <StateView kind="loading" /> : null}</View>;
  const max = Math.max(1, ...stats.days.map((d) => d.count));
  return (
    <View className="card stats-panel">
      <Text className="stats-subject">{`${title}：${stats.subject.name}`}</Text>
      <View className="stats-today">
        <Figure label={STRINGS.todayCount} className="today-count" n={stats.today.count} unit={STRINGS.times} />
        <Figure label={STRINGS.todayUnique} className="today-unique" n={stats.today.unique} unit={STRINGS.people} />
      </View>
      <Text className="stats-label">{STRINGS.last7}</Text>
      <View className="day-bars">
        {stats.days.map((d) => (
          <View key={d.day} className="day-bar">
            <Text className="day-count">{String(d.count)}</Text>
            <View className="day-bar-track">
              <View className="day-bar-fill" style={{ height: `${Math.round((d.count / max) * 100)}%` }} />
            </View>
            <Text className="day-label">{shortDay(d.day)}</Text>
          </View>
        ))}
      </View>
      <Text className="muted">{STRINGS.total(stats.days.length, stats.total.count)}</Text>
    </View>
  );
}
