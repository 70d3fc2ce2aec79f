/** 新增先锋岗: village (picked or typed), name, address, coordinates (maybe prefilled from the query), optional id. */
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import * as v from 'valibot';
import { CreatePostInputSchema, type AdminPost } from '~/types/api';
import { uuid4 } from '~/types/ids';
import { createPost } from '~/src/services/admin/createPost';
import { RegionSelect } from '../../components/RegionSelect';
import { Field } from '~/src/components/forms';
import { numberOf, type PostField } from './fieldOfError';
import { FormFoot } from './FormFoot';
import { STRINGS } from './strings';
import { usePostSubmit } from './submit';
import { TextFields, type TextField } from './TextFields';

const FIELDS: readonly TextField[] = ['name', 'address', 'lat', 'lng', 'id'];
const HINTS: Record<TextField, string> = {
  name: STRINGS.nameHint,
  address: STRINGS.addressHint,
  lat: STRINGS.lat,
  lng: STRINGS.lng,
  id: STRINGS.idHint,
};

/** What the query may prefill (e.g. the coverage page's suggested location). */
export interface CreatePrefill {
  lat?: string;
  lng?: string;
  villageCode?: string;
}

/** The form (class `create-form`); `onCreated` gets the new post. */
export function CreateForm({ prefill, onCreated }: { prefill: CreatePrefill; onCreated: (post: AdminPost) => void }) {
  const village0 = /^\d{12}$/.test(prefill.villageCode ?? '') ? (prefill.villageCode as string) : '';
  const [region, setRegion] = useState<string | null>(village0 || null);
  // One id per post being made: a double tap or a retry of the same submission answers the first post; a new one
  // after a success is a new post.
  const [requestId, setRequestId] = useState(() => uuid4());
  const [values, setValues] = useState({
    villageCode: village0,
    name: '',
    address: '',
    lat: prefill.lat ?? '',
    lng: prefill.lng ?? '',
    id: '',
  });
  const { errors, setErrors, sending, send } = usePostSubmit();

  const set = (field: Exclude<PostField, '_form'>, value: string) => {
    setValues((s) => ({ ...s, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined, _form: undefined }));
  };

  const submit = async () => {
    const parsed = v.safeParse(CreatePostInputSchema, {
      ...(values.id.trim() ? { id: values.id.trim() } : {}),
      name: values.name,
      address: values.address,
      villageCode: values.villageCode.trim(),
      lat: numberOf(values.lat),
      lng: numberOf(values.lng),
      requestId,
    });
    await send(parsed, async (input) => {
      const post = await createPost(input);
      setRequestId(uuid4());
      onCreated(post);
    });
  };

  return (
    <View className="card create-form">
      <Text className="section-title">{STRINGS.createTitle}</Text>
      <Field label={STRINGS.village} error={errors.villageCode}>
        <RegionSelect
          depth="village"
          selected={region}
          onSelect={(code) => {
            setRegion(code);
            if (code && code.length === 12) set('villageCode', code);
          }}
        />
        <Text className="muted">{STRINGS.villageTyped}</Text>
        <Input
          className="field-input input-village"
          value={values.villageCode}
          placeholder={STRINGS.villageHint}
          onInput={(e) => set('villageCode', e.detail.value)}
        />
      </Field>
      <TextFields fields={FIELDS} values={values} errors={errors} hints={HINTS} onChange={set} />
      <FormFoot form="create" error={errors._form} sending={sending} onSubmit={() => void submit()} />
    </View>
  );
}
