/** A counted text: the live count of a field (`12/500`) and a textarea that carries it. */
import { Input, Text, Textarea } from '@tarojs/components';
import { charCount } from '~/types/api/text';
import { FORM_STRINGS } from './strings';

/**
 * A long text box takes no `maxlength` (NO_LIMIT): a limit would cut a pasted text silently, and the writer
 * would send half an account without knowing. The count below says by how much it is over instead.
 */
export const NO_LIMIT = -1;

/**
 * The live count of a text field, e.g. `12/500`, and by how much a text (a paste) is over the limit. Characters are
 * counted as the writer sees them (charCount: an emoji is one), as the limits on app and server count them.
 */
export function CharCount({ text, max }: { text: string | undefined; max: number }) {
  const n = charCount(text ?? '');
  return (
    <>
      <Text className={`char-count${n > max ? ' char-count-over' : ''}`}>{FORM_STRINGS.count(n, max)}</Text>
      {n > max ? <Text className="form-error char-over">{FORM_STRINGS.overBy(n - max, max)}</Text> : null}
    </>
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

/** A textarea (class `field-textarea`) with its CharCount. */
export function TextBox({ className, value, max, placeholder, onChange }: TextBoxProps) {
  return (
    <>
      <Textarea
        className={`field-textarea ${className}`}
        value={value}
        maxlength={NO_LIMIT}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
      />
      <CharCount text={value} max={max} />
    </>
  );
}

/** Props of LineInput. */
export interface LineInputProps {
  className: string;
  value: string | undefined;
  max: number;
  type?: 'text' | 'number' | 'idcard' | 'digit';
  placeholder?: string;
  onChange: (value: string) => void;
}

/** A one-line input (class `field-input`); a short field keeps its `maxlength`, unlike a long text. */
export function LineInput({ className, value, max, type, placeholder, onChange }: LineInputProps) {
  return (
    <Input
      className={`field-input ${className}`}
      {...(type ? { type } : {})}
      value={value ?? ''}
      maxlength={max}
      placeholder={placeholder}
      onInput={(e) => onChange(e.detail.value)}
    />
  );
}
