/** One big tappable chip per option, the chosen one filled: easier than a picker wheel on a small phone. */
import { Text, View } from '@tarojs/components';

/** One choice of a Chips row. */
export interface ChipOption<T extends string> {
  value: T;
  label: string;
}

/** Props of Chips: options as a list (in its order) or as a value → label table (in the table's order). */
export interface ChipsProps<T extends string> {
  options: readonly ChipOption<T>[] | Readonly<Record<T, string>>;
  selected: NoInfer<T> | null | undefined;
  onSelect: (value: T) => void;
  /** Class of every chip, e.g. `category-option`: what end-to-end tests select by. */
  chipClass: string;
}

function listOf<T extends string>(options: ChipsProps<T>['options']): readonly ChipOption<T>[] {
  if (Array.isArray(options)) return options as readonly ChipOption<T>[];
  const table = options as Readonly<Record<T, string>>;
  return (Object.keys(table) as T[]).map((value) => ({ value, label: table[value] }));
}

/** The row of chips (class `chips`); the chosen one has `chip-on`. */
export function Chips<T extends string>({ options, selected, onSelect, chipClass }: ChipsProps<T>) {
  return (
    <View className="chips">
      {listOf(options).map((o) => (
        <View
          key={o.value}
          className={`chip ${chipClass}${o.value === selected ? ' chip-on' : ''}`}
          onClick={() => onSelect(o.value)}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  );
}
