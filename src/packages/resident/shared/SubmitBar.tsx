/** The submit button with what went wrong above it; after a failed submission it reads 重新提交. */
import { Button, Text, View } from '@tarojs/components';
import { FORM_KEY, type FieldErrors } from '~/src/components/forms/fieldErrors';
import { SHARED_STRINGS } from './strings';
import type { Phase } from './useRequestForm';

/** Props of SubmitBar. */
export interface SubmitBarProps {
  phase: Phase;
  errors: FieldErrors;
  onSubmit: () => void;
}

/**
 * Form-level messages and the one big submit button (class `form-submit`). `disabled` is set only while sending:
 * Taro's H5 button reflects `disabled="false"` as an attribute, which its `[disabled]` style fades.
 */
export function SubmitBar({ phase, errors, onSubmit }: SubmitBarProps) {
  const sending = phase.state === 'sending';
  const label = sending
    ? SHARED_STRINGS.sending
    : phase.state === 'failed'
      ? SHARED_STRINGS.resubmit
      : SHARED_STRINGS.submit;
  return (
    <View className="submit-bar">
      {errors[FORM_KEY] ? <Text className="form-error">{errors[FORM_KEY]}</Text> : null}
      {phase.state === 'failed' ? <Text className="form-error form-failed">{phase.message}</Text> : null}
      <Button className="btn btn-primary form-submit" {...(sending ? { disabled: true } : {})} onClick={onSubmit}>
        {label}
      </Button>
    </View>
  );
}
