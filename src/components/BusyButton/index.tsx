/** A button that says it is working and takes no second tap until the call behind it has answered. */
import { Button } from '@tarojs/components';

/** Props of BusyButton. */
export interface BusyButtonProps {
  /** The whole class, e.g. `btn btn-primary assign-save`. */
  className: string;
  busy: boolean;
  label: string;
  /** The words while busy (e.g. 保存中…); the label stays when not given. */
  busyLabel?: string;
  onClick: () => void;
}

/**
 * `disabled` is set only while busy: Taro's H5 button reflects `disabled="false"` as an attribute, which its
 * `[disabled]` style fades like a disabled button.
 */
export function BusyButton({ className, busy, label, busyLabel, onClick }: BusyButtonProps) {
  return (
    <Button className={className} {...(busy ? { disabled: true } : {})} onClick={onClick}>
      {busy && busyLabel ? busyLabel : label}
    </Button>
  );
}
