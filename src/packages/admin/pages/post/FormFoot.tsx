/** The foot of the post forms: what the server said of the whole form, then the form's submit button. */
import { Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import { BusyButton } from '~/src/components/BusyButton';
import { STRINGS } from './strings';

/** Each post form's submit button: its class (what tests select by) and its words. */
const SUBMITS = {
  create: { className: 'create-submit', label: STRINGS.create, busyLabel: STRINGS.creating },
  edit: { className: 'edit-submit', label: STRINGS.save, busyLabel: STRINGS.saving },
  move: { className: 'move-submit', label: STRINGS.saveLocation, busyLabel: STRINGS.saving },
} as const;

/** Props of FormFoot. */
export interface FormFootProps {
  form: keyof typeof SUBMITS;
  /** The error that names no field (class `form-failed`). */
  error?: string;
  sending: boolean;
  onSubmit: () => void;
  /** Drawn between the error and the button (e.g. 选择位置). */
  children?: ReactNode;
}

/** The foot. */
export function FormFoot({ form, error, sending, onSubmit, children }: FormFootProps) {
  const s = SUBMITS[form];
  return (
    <>
      {error ? <Text className="form-error form-failed">{error}</Text> : null}
      {children}
      <BusyButton
        className={`btn btn-primary ${s.className}`}
        busy={sending}
        label={s.label}
        busyLabel={s.busyLabel}
        onClick={onSubmit}
      />
    </>
  );
}
