/** A request's progress: the five mediation steps with the current one marked, and the dated history. */
import { Text, View } from '@tarojs/components';
import type { TimelineEntry } from '../../../../../types/api';
import { MEDIATION_STEPS, REQUEST_STATUSES, type RequestStatus } from '../../../../../types/requests';
import { formatTime } from '../../shared/format';
import { STRINGS } from './strings';

/** Index in MEDIATION_STEPS of where a mediation stands; "not agreed" stands on the agreement step. */
export function mediationStepIndex(status: RequestStatus): number {
  return MEDIATION_STEPS.indexOf(status === 'failed' ? 'agreed' : status);
}

/** The five steps; done ones are ticked and the current one is highlighted (class `step-current`). */
export function MediationProgress({ status }: { status: RequestStatus }) {
  const current = mediationStepIndex(status);
  return (
    <View className="card mediation-progress">
      <Text className="section-title">{STRINGS.steps}</Text>
      {MEDIATION_STEPS.map((step, i) => {
        // 回访 is the last step: once recorded the case is finished, so it is done, not "current".
        const done = i < current || (i === current && status === 'revisited');
        const state = done ? 'step-done' : i === current ? 'step-current' : 'step-todo';
        // The fourth step reads 未达成协议 when that is how it ended.
        const label = i === current && status === 'failed' ? REQUEST_STATUSES.failed : REQUEST_STATUSES[step];
        return (
          <View key={step} className={`step ${state}`}>
            <Text className="step-dot">{done ? '✓' : String(i + 1)}</Text>
            <Text className="step-label">{label}</Text>
          </View>
        );
      })}
    </View>
  );
}

/** Every recorded step, oldest first, with who acted. */
export function HistoryList({ timeline }: { timeline: TimelineEntry[] }) {
  return (
    <View className="card history">
      <Text className="section-title">{STRINGS.timeline}</Text>
      {timeline.map((entry) => (
        <View key={`${entry.at}-${entry.status}`} className="timeline-entry">
          <Text className="timeline-head">{`${formatTime(entry.at)}  ${REQUEST_STATUSES[entry.status]}`}</Text>
          <Text className="muted timeline-by">{entry.by}</Text>
          {entry.note ? <Text className="timeline-note">{entry.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
