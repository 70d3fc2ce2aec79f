/** The five mediation steps (受理 → 调查 → 调解 → 达成协议 / 未达成 → 回访), done ones ticked, the current one marked. */
import { Text, View } from '@tarojs/components';
import { MEDIATION_STEPS, REQUEST_STATUSES, type RequestStatus } from '../../../../../types/requests';
import { STRINGS } from './strings';

/** The stepper of a case at `status`. */
export function Stepper({ status }: { status: RequestStatus }) {
  // 未达成协议 stands on the agreement step.
  const current = MEDIATION_STEPS.indexOf(status === 'failed' ? 'agreed' : status);
  return (
    <View className="card stepper">
      <Text className="section-title">{STRINGS.steps}</Text>
      {MEDIATION_STEPS.map((step, i) => {
        // 回访 is the last step: once recorded the case is finished, so it is done, not "current".
        const done = i < current || (i === current && status === 'revisited');
        const state = done ? 'step-done' : i === current ? 'step-current' : 'step-todo';
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
