/**
 * A form's plain fields from one table: each row a labelled line, text box, chip row, number box or tick row,
 * its value read from and written to the form's fields by key and its error shown under it. A form whose fields
 * are only these writes a table, not the same Field + input + update block once per field.
 */
import { Input } from '@tarojs/components';
import { CheckRow } from './Buttons';
import { Chips, type ChipsProps } from './Chips';
import { Field } from './Field';
import type { FieldErrors } from './fieldErrors';
import { LineInput, TextBox, type LineInputProps } from './TextBox';

/** The keys of `F` whose values are `V` (or missing while typing). */
type KeysOf<F, V> = { [K in keyof F]-?: NonNullable<F[K]> extends V ? K : never }[keyof F] & string;

interface RowBase {
  label?: string;
  /** Class of the input (or `chipClass` of every chip): what tests select by. */
  className: string;
}

/** A one-line text input (`LineInput`). */
interface LineRow<F> extends RowBase {
  kind: 'line';
  key: KeysOf<F, string>;
  max: number;
  type?: LineInputProps['type'];
  placeholder?: string;
}

/** A counted text box (`TextBox`). */
interface TextRow<F> extends RowBase {
  kind: 'text';
  key: KeysOf<F, string>;
  max: number;
  placeholder?: string;
}

/** A whole number in a number box; an empty box is no answer. */
interface NumberRow<F> extends RowBase {
  kind: 'number';
  key: KeysOf<F, number>;
  maxlength: number;
}

/** A tick row: ticked writes true, unticked removes the answer. `text` is the row's own words. */
interface CheckFieldRow<F> extends RowBase {
  kind: 'check';
  key: KeysOf<F, boolean>;
  text: string;
}

/** A chip row; its options are typed by the key's own values, and `fallback` shows while none is chosen. */
type ChipsRow<F> = {
  [K in KeysOf<F, string>]: RowBase & {
    kind: 'chips';
    key: K;
    options: ChipsProps<NonNullable<F[K]> & string>['options'];
    fallback?: NonNullable<F[K]> & string;
  };
}[KeysOf<F, string>];

/** One row of a FieldList. */
export type FieldRow<F> = LineRow<F> | TextRow<F> | NumberRow<F> | CheckFieldRow<F> | ChipsRow<F>;

/** Props of FieldList. */
export interface FieldListProps<F> {
  rows: readonly FieldRow<F>[];
  fields: F;
  // F is read from the fields and rows, never from what `update` happens to accept.
  update: (patch: NoInfer<Partial<F>>) => void;
  errors: FieldErrors;
}

// A whole number typed in a number box, or undefined when the box is empty.
function numberOf(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

function RowInput<F>({ row, fields, update }: { row: FieldRow<F>; fields: F; update: (patch: Partial<F>) => void }) {
  // Each row writes only its own key; the key's type is pinned by the row's kind above.
  const set = (value: unknown) => update({ [row.key]: value } as Partial<F>);
  const value: unknown = fields[row.key as keyof F];
  switch (row.kind) {
    case 'line':
      return (
        <LineInput
          className={row.className}
          value={value as string | undefined}
          max={row.max}
          {...(row.type ? { type: row.type } : {})}
          {...(row.placeholder ? { placeholder: row.placeholder } : {})}
          onChange={set}
        />
      );
    case 'text':
      return (
        <TextBox
          className={row.className}
          value={(value as string | undefined) ?? ''}
          max={row.max}
          {...(row.placeholder ? { placeholder: row.placeholder } : {})}
          onChange={set}
        />
      );
    case 'number':
      return (
        <Input
          className={`field-input ${row.className}`}
          type="number"
          maxlength={row.maxlength}
          value={value === undefined ? '' : String(value)}
          onInput={(e) => set(numberOf(e.detail.value))}
        />
      );
    case 'check':
      return (
        <CheckRow
          className={row.className}
          checked={value === true}
          label={row.text}
          onToggle={(on) => set(on ? true : undefined)}
        />
      );
    case 'chips':
      return (
        <Chips<string>
          options={row.options}
          selected={(value as string | undefined) ?? row.fallback}
          onSelect={set}
          chipClass={row.className}
        />
      );
  }
}

/** The rows in order, each in a Field with its label and the error under its key. */
export function FieldList<F>({ rows, fields, update, errors }: FieldListProps<F>) {
  return (
    <>
      {rows.map((row) => (
        <Field key={row.key} label={row.label} error={errors[row.key]}>
          <RowInput row={row} fields={fields} update={update} />
        </Field>
      ))}
    </>
  );
}
