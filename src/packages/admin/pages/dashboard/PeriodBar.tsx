/** 统计周期: preset chips, and for 自定义 two date pickers; the server's word on a bad period shows right here. */
import { Picker, Text, View } from '@tarojs/components';
import { dayKey } from '~/types/day';
import { PERIOD_LABELS, PERIOD_PRESETS, type PeriodInput, type ResolvedPeriod } from '~/types/api/dashboard';
import { PeriodChips } from '../../components/PeriodChips';
import { dashed, undashed } from './format';
import { STRINGS } from './strings';

/** Props of PeriodBar. */
export interface PeriodBarProps {
  period: PeriodInput;
  /** The period the figures on screen cover, to start a custom range from. */
  shown: ResolvedPeriod | null;
  error: string | null;
  onChange: (period: PeriodInput) => void;
}

function DayPicker({ label, value, onPick }: { label: string; value?: string; onPick: (key: string) => void }) {
  return (
    <View className="period-day">
      <Text className="period-day-label">{label}</Text>
      <Picker mode="date" value={value ? dashed(value) : ''} onChange={(e) => onPick(undashed(String(e.detail.value)))}>
        <View className="field-picker period-day-value">
          <Text>{value ? dashed(value) : STRINGS.pickDay}</Text>
        </View>
      </Picker>
    </View>
  );
}

/** The bar. */
export function PeriodBar({ period, shown, error, onChange }: PeriodBarProps) {
  const today = dayKey(Date.now());
  const pick = (preset: PeriodInput['preset']) => {
    if (preset !== 'custom') return onChange({ preset });
    onChange({ preset, from: shown?.from ?? today, to: shown?.to ?? today });
  };
  return (
    <View className="card period-bar">
      <Text className="panel-title">{STRINGS.period}</Text>
      <PeriodChips
        choices={PERIOD_PRESETS}
        labelOf={(p) => PERIOD_LABELS[p]}
        selected={period.preset}
        chipClass="period-chip"
        onSelect={pick}
      />
      {period.preset === 'custom' ? (
        <View className="period-custom">
          <DayPicker label={STRINGS.from} value={period.from} onPick={(from) => onChange({ ...period, from })} />
          <DayPicker label={STRINGS.to} value={period.to} onPick={(to) => onChange({ ...period, to })} />
        </View>
      ) : null}
      {error ? <Text className="form-error period-error">{error}</Text> : null}
      {shown && !error ? (
        <Text className="muted period-range">{STRINGS.periodRange(dashed(shown.from), dashed(shown.to))}</Text>
      ) : null}
    </View>
  );
}
