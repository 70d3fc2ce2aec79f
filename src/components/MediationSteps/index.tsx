/**
 * A request's progress as residents and workers both see it: the mediation steps (受理 → 调查 → 调解 → 达成协议 /
 * 未达成 → 回访), done ones ticked and the current one marked, and the dated history of what was recorded.
 */
import { Text, View } from '@tarojs/components';
import type { TimelineEntry } from '~/types/api';
import { MEDIATION_STEPS, REQUEST_STATUSES, type RequestStatus } from '~/types/requests';
import { formatTime } from '../formatTime';
import { COMPONENT_STRINGS } from '../strings';
import './index.scss';

/** Index in `steps` of where a mediation stands; 未达成协议 stands on the agreement step. */
export function stepIndex(status: RequestStatus, steps: readonly RequestStatus[] = MEDIATION_STEPS): number {
  return steps.indexOf(status === 'failed' ? 'agreed' : status);
}

/** Props of MediationSteps. */
export interface MediationStepsProps {
  status: RequestStatus;
  /** The steps in order (the lifecycle's list); the last one, once reached, finishes the case. */
  steps?: readonly RequestStatus[];
  /** The card's own class, what each page's tests select by. */
  className: string;
}

/** The steps of a mediation at `status`, as a card titled 调解进度. */
export function MediationSteps({ status, steps = MEDIATION_STEPS, className }: MediationStepsProps) {
  const current = stepIndex(status, steps);
  const last = steps.length - 1;
  return (
    <View className={`card ${className}`}>
      <Text className="section-title">{COMPONENT_STRINGS.steps}</Text>
      {steps.map((step, i) => {
        // The last step (回访) once recorded finishes the case, so it is done, not "current".
        const done = i < current || (i === current && i === last);
        const state = done ? 'step-done' : i === current ? 'step-current' : 'step-todo';
        // The agreement step reads 未达成协议 when that is how it ended.
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

/** Every recorded step, oldest first, with who acted, as a card titled 办理记录. */
export function History({ timeline, className }: { timeline: readonly TimelineEntry[]; className: string }) {
  return (
    <View className={`card ${className}`}>
      <Text className="section-title">{COMPONENT_STRINGS.timeline}</Text>
      {timeline.map((entry, i) => (
        <View key={`${entry.at}-${i}`} className="timeline-entry">
          <Text className="timeline-head">{`${formatTime(entry.at)}  ${REQUEST_STATUSES[entry.status]}`}</Text>
          <Text className="muted timeline-by">{entry.by}</Text>
          {entry.note ? <Text className="timeline-note">{entry.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
