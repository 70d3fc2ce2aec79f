/** The row of time-span chips over a view (统计周期, 时间范围): one tap picks a span, the chosen one filled. */
import { Text, View } from '@tarojs/components';

/** Props of PeriodChips. */
export interface PeriodChipsProps<T extends string | number> {
  choices: readonly T[];
  labelOf: (choice: T) => string;
  selected: T;
  /** Class of every chip, e.g. `period-chip`: what tests select by. */
  chipClass: string;
  onSelect: (choice: T) => void;
}

/** The chips (row class `period-chips`); each is a button to screen readers, the chosen one has `chip-on`. */
export function PeriodChips<T extends string | number>(p: PeriodChipsProps<T>) {
  return (
    <View className="period-chips">
      {p.choices.map((c) => (
        <View
          key={c}
          className={`chip ${p.chipClass}${c === p.selected ? ' chip-on' : ''}`}
          ariaRole="button"
          onClick={() => p.onSelect(c)}
        >
          <Text>{p.labelOf(c)}</Text>
        </View>
      ))}
    </View>
  );
}
