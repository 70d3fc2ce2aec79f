/** One subject's numbers: today's scans and visitors, then the last 7 days as bars. */
import { Text, View } from '@tarojs/components';
import { shortDay } from '~/types/day';
import { StateView } from '~/src/components/StateView';
import { ScopeFailure } from '../../components/Failure';
import type { StatsState } from './useStats';
import { STRINGS } from './strings';

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
        <View className="stats-figure">
          <Text className="stats-label">{STRINGS.todayCount}</Text>
          <View className="stats-number">
            <Text className="today-count">{String(stats.today.count)}</Text>
            <Text className="stats-unit">{STRINGS.times}</Text>
          </View>
        </View>
        <View className="stats-figure">
          <Text className="stats-label">{STRINGS.todayUnique}</Text>
          <View className="stats-number">
            <Text className="today-unique">{String(stats.today.unique)}</Text>
            <Text className="stats-unit">{STRINGS.people}</Text>
          </View>
        </View>
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
