/** The typed fields of the post forms (新增 and 修改): each a labelled input (class `input-<field>`) with its error. */
import { Input } from '@tarojs/components';
import { Field } from '~/src/components/forms';
import type { PostErrors, PostField } from './fieldOfError';
import { STRINGS } from './strings';

/** A post field typed as one line of text (the village has its own picker). */
export type TextField = Exclude<PostField, 'villageCode' | '_form'>;

const LABELS: Record<TextField, string> = {
  name: STRINGS.name,
  address: STRINGS.address,
  lat: STRINGS.lat,
  lng: STRINGS.lng,
  id: STRINGS.id,
};

/** Props of TextFields. */
export interface TextFieldsProps {
  fields: readonly TextField[];
  values: Readonly<Partial<Record<TextField, string>>>;
  errors: PostErrors;
  /** The grey example in each empty input, where the form gives one. */
  hints?: Readonly<Record<TextField, string>>;
  onChange: (field: TextField, value: string) => void;
}

/** The fields of `fields`, in their order. */
export function TextFields({ fields, values, errors, hints, onChange }: TextFieldsProps) {
  return (
    <>
      {fields.map((f) => (
        <Field key={f} label={LABELS[f]} error={errors[f]}>
          <Input
            className={`field-input input-${f}`}
            value={values[f] ?? ''}
            placeholder={hints?.[f]}
            onInput={(e) => onChange(f, e.detail.value)}
          />
        </Field>
      ))}
    </>
  );
}
