/** Form pieces sized for elderly readers: labelled fields with their error, big chips, a tick row, a counter. */
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { SHARED_STRINGS } from './strings';

/** A labelled field with its error message (class `form-error`) right under it. */
export function Field({ label, error, children }: { label?: string; error?: string; children?: ReactNode }) {
  return (
    <View className="field">
      {label ? <Text className="field-label">{label}</Text> : null}
      {children}
      {error ? <Text className="form-error">{error}</Text> : null}
    </View>
  );
}

/**
 * A long text box takes no `maxlength` (NO_LIMIT): a limit would cut a pasted text silently, and the resident
 * would send half an account without knowing. The count below says by how much it is over instead.
 */
export const NO_LIMIT = -1;

/** The live count of a text field, e.g. `12/500`, and by how much a text (a paste) is over the limit. */
export function CharCount({ text, max }: { text: string | undefined; max: number }) {
  const n = (text ?? '').length;
  return (
    <>
      <Text className={`char-count${n > max ? ' char-count-over' : ''}`}>{SHARED_STRINGS.count(n, max)}</Text>
      {n > max ? <Text className="form-error char-over">{SHARED_STRINGS.overBy(n - max)}</Text> : null}
    </>
  );
}

/** Props of Chips. */
export interface ChipsProps<T extends string> {
  options: Readonly<Record<T, string>>;
  selected: T | undefined;
  onSelect: (value: T) => void;
  /** Class of every chip, e.g. `category-option`: what end-to-end tests select by. */
  chipClass: string;
}

/** One big tappable chip per option, the chosen one filled: easier than a picker wheel on a small phone. */
export function Chips<T extends string>({ options, selected, onSelect, chipClass }: ChipsProps<T>) {
  const keys = Object.keys(options) as T[];
  return (
    <View className="chips">
      {keys.map((key) => (
        <View
          key={key}
          className={`chip ${chipClass}${key === selected ? ' chip-on' : ''}`}
          onClick={() => onSelect(key)}
        >
          <Text>{options[key]}</Text>
        </View>
      ))}
    </View>
  );
}

/** Props of CheckRow. */
export interface CheckRowProps {
  checked: boolean;
  label: string;
  onToggle: (checked: boolean) => void;
  className: string;
}

/** A whole-row tick box: the row is the touch target, not a tiny square. */
export function CheckRow({ checked, label, onToggle, className }: CheckRowProps) {
  return (
    <View className={`check-row ${className}${checked ? ' check-row-on' : ''}`} onClick={() => onToggle(!checked)}>
      <Text className="check-mark">{checked ? SHARED_STRINGS.checked : SHARED_STRINGS.unchecked}</Text>
      <Text className="check-label">{label}</Text>
    </View>
  );
}
