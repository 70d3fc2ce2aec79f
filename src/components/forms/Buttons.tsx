/** The tick row and the submit button of the forms. */
import { Button, Text, View } from '@tarojs/components';
import { FORM_STRINGS } from './strings';

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
      <Text className="check-mark">{checked ? FORM_STRINGS.checked : FORM_STRINGS.unchecked}</Text>
      <Text className="check-label">{label}</Text>
    </View>
  );
}

/** Props of SubmitButton. */
export interface SubmitButtonProps {
  label: string;
  busy: boolean;
  onSubmit: () => void;
  /** The words while busy; the kit's 保存中 unless given. */
  busyLabel?: string;
  /** Classes after `btn btn-primary`; a full-width `btn-block form-submit` unless given. */
  className?: string;
}

/**
 * The big submit button of a form. `disabled` is set only while busy: Taro's H5 button reflects
 * `disabled="false"` as an attribute, which its `[disabled]` style fades like a disabled button.
 */
export function SubmitButton({ label, busy, onSubmit, busyLabel, className }: SubmitButtonProps) {
  return (
    <Button
      className={`btn btn-primary ${className ?? 'btn-block form-submit'}`}
      {...(busy ? { disabled: true } : {})}
      onClick={busy ? undefined : onSubmit}
    >
      {busy ? (busyLabel ?? FORM_STRINGS.saving) : label}
    </Button>
  );
}
