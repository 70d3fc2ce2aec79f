/** A big −/＋ stepper for whole hours within [min, max]. */
import { Button, Text, View } from '@tarojs/components';
import { STRINGS } from './strings';

/** Props of HoursStepper. */
export interface HoursStepperProps {
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}

/** Buttons `hours-minus` / `hours-plus` around the value (class `hours-value`). */
export function HoursStepper({ value, min, max, onChange }: HoursStepperProps) {
  return (
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
  );
}
