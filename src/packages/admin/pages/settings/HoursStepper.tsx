/** A big −/＋ stepper for whole hours within [min, max], with common values one tap away. */
import { Button, Text, View } from '@tarojs/components';
import { STRINGS } from './strings';

/** Props of HoursStepper. */
export interface HoursStepperProps {
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}

/** Common answer promises, so 72 h is not 48 taps away. */
const PRESETS = [12, 24, 48, 72] as const;

/** Buttons `hours-minus` / `hours-plus` around the value (class `hours-value`). */
export function HoursStepper({ value, min, max, onChange }: HoursStepperProps) {
  return (
    <View className="hours-picker">
      <View className="hours-stepper">
        <Button
          className="btn btn-secondary hours-minus"
          {...(value <= min ? { disabled: true } : {})}
          onClick={() => onChange(Math.max(min, value - 1))}
        >
          {STRINGS.minus}
        </Button>
        <Text className="hours-value">{STRINGS.hours(value)}</Text>
        <Button
          className="btn btn-secondary hours-plus"
          {...(value >= max ? { disabled: true } : {})}
          onClick={() => onChange(Math.min(max, value + 1))}
        >
          {STRINGS.plus}
        </Button>
      </View>
      <View className="hours-presets">
        {PRESETS.filter((h) => h >= min && h <= max).map((h) => (
          <View key={h} className={`hours-preset${h === value ? ' hours-preset-on' : ''}`} onClick={() => onChange(h)}>
            <Text>{STRINGS.hours(h)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
