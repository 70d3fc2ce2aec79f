/** The caller's own figures (工作量与质量): this month's answers, median time, on-time share, rating, waiting. */
import { Text, View } from '@tarojs/components';
import type { WorkloadData } from '~/types/api';
import { formatMinutes } from '../../shared/format';
import { STRINGS } from './strings';

function Figure({
  label,
  value,
  className,
  late,
}: {
  label: string;
  value: string;
  className: string;
  late?: boolean;
}) {
  return (
    <View className={`figure ${className}`}>
      <Text className={`figure-value${late ? ' overdue' : ''}`}>{value}</Text>
      <Text className="muted figure-label">{label}</Text>
    </View>
  );
}

/** The workload card. */
export function WorkloadCard({ w }: { w: WorkloadData }) {
  return (
    <View className="card workload">
      <Text className="section-title">{STRINGS.workload}</Text>
      <View className="figures">
        <Figure className="fig-answered" label={STRINGS.answered} value={STRINGS.pieces(w.answeredThisMonth)} />
        <Figure
          className="fig-median"
          label={STRINGS.median}
          value={w.medianMinutes === null ? STRINGS.none : formatMinutes(w.medianMinutes)}
        />
        <Figure
          className="fig-on-time"
          label={STRINGS.onTime}
          value={w.onTimeShare === null ? STRINGS.none : STRINGS.percent(w.onTimeShare)}
        />
        <Figure
          className="fig-rating"
          label={STRINGS.rating}
          value={w.rating === null ? STRINGS.none : STRINGS.stars(w.rating, w.ratingCount)}
        />
        <Figure className="fig-waiting" label={STRINGS.waiting} value={STRINGS.pieces(w.waiting)} />
        <Figure
          className="fig-overdue"
          label={STRINGS.overdue}
          value={STRINGS.pieces(w.overdue)}
          late={w.overdue > 0}
        />
      </View>
    </View>
  );
}
