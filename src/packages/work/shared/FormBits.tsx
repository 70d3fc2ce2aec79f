/** Small form pieces of the worker pages: a labelled field, a counted text box, chips, and text checks. */
import { Button, Text, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { WORK_STRINGS } from './strings';
import { emptyOfMeaning } from '../../../../types/api/text';

/** A labelled field with its error (class `form-error`) right under it. */
export function Field({ label, error, children }: { label?: string; error?: string | null; children?: ReactNode }) {
  return (
    <View className="field">
      {label ? <Text className="field-label">{label}</Text> : null}
      {children}
      {error ? <Text className="form-error">{error}</Text> : null}
    </View>
  );
}

/** Props of TextBox. */
export interface TextBoxProps {
  className: string;
  value: string;
  max: number;
  placeholder?: string;
  onChange: (value: string) => void;
}

/** A textarea with its live count, e.g. `12/2000`. */
export function TextBox({ className, value, max, placeholder, onChange }: TextBoxProps) {
  return (
    <>
      <Textarea
        className={`field-textarea ${className}`}
        value={value}
        // No maxlength: it would cut a pasted text silently; the count says by how much it is over instead.
        maxlength={-1}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
      />
      <Text className={`char-count${value.length > max ? ' char-count-over' : ''}`}>
        {WORK_STRINGS.count(value.length, max)}
      </Text>
      {value.length > max ? (
        <Text className="form-error char-over">{WORK_STRINGS.overBy(value.length - max)}</Text>
      ) : null}
    </>
  );
}

/** One big chip per option, the chosen one filled. */
export function Chips<T extends string>(props: {
  options: { value: T; label: string }[];
  selected: T | null;
  onSelect: (value: T) => void;
  chipClass: string;
}) {
  return (
    <View className="chips">
      {props.options.map((o) => (
        <View
          key={o.value}
          className={`chip ${props.chipClass}${o.value === props.selected ? ' chip-on' : ''}`}
          onClick={() => props.onSelect(o.value)}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  );
}

/** The length check of a text the server will check again: null when fine, else the message. */
export function checkLength(field: string, text: string, lim: { min: number; max: number }): string | null {
  const n = text.trim().length;
  if (n < lim.min) return WORK_STRINGS.tooShort(field, lim.min);
  if (n > lim.max) return WORK_STRINGS.tooLong(field, lim.max);
  // The server's own rule (types/api/text.ts): emoji or symbols alone say nothing.
  return emptyOfMeaning(field, text.trim(), lim.min);
}

/** Props of SubmitButton. */
export interface SubmitButtonProps {
  label: string;
  busy: boolean;
  onSubmit: () => void;
}

/**
 * The big submit button of a form. `disabled` is set only while busy: Taro's H5 button reflects
 * `disabled="false"` as an attribute, which its `[disabled]` style fades like a disabled button.
 */
export function SubmitButton({ label, busy, onSubmit }: SubmitButtonProps) {
  return (
    <Button
      className="btn btn-primary btn-block form-submit"
      {...(busy ? { disabled: true } : {})}
      onClick={busy ? undefined : onSubmit}
    >
      {busy ? WORK_STRINGS.saving : label}
    </Button>
  );
}
