/** The mediation steps (受理 → 调查 → 调解 → 达成协议 / 未达成 → 回访), so residents know what comes next. */
import { Text, View } from '@tarojs/components';
import { STRINGS } from './strings';

/** The five steps with a short note each, then what the law says of consent, the agreement and its confirmation. */
export function MediationSteps() {
  return (
    <View className="card mediation-steps">
      <Text className="steps-intro">{STRINGS.intro}</Text>
      {STRINGS.steps.map((step, i) => (
        <View key={step.name} className="step-row">
          <Text className="step-name">{`${i + 1}. ${step.name}`}</Text>
          <Text className="muted step-note">{step.note}</Text>
        </View>
      ))}
      <Text className="section-title mediation-notes-title">{STRINGS.notesTitle}</Text>
      {STRINGS.notes.map((note) => (
        <Text key={note} className="mediation-note">
          {note}
        </Text>
      ))}
    </View>
  );
}
