/** 修改名称和地址 of an existing post; what was typed stays when the server refuses it. */
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import * as v from 'valibot';
import { UpdatePostInputSchema, type AdminPost } from '~/types/api';
import { updatePost } from '~/src/services/admin/updatePost';
import { FormFoot } from './FormFoot';
import { STRINGS } from './strings';
import { usePostSubmit } from './submit';
import { TextFields, type TextField } from './TextFields';

const FIELDS: readonly TextField[] = ['name', 'address'];

/** The form (class `edit-form`); `onSaved` runs after the server accepted the change. */
export function EditForm({ post, onSaved }: { post: AdminPost; onSaved: () => void }) {
  const [values, setValues] = useState({ name: post.name, address: post.address });
  const { errors, setErrors, sending, send } = usePostSubmit();

  const submit = async () => {
    if (await send(v.safeParse(UpdatePostInputSchema, { postId: post.id, ...values }), updatePost)) onSaved();
  };

  return (
    <View className="card edit-form">
      <Text className="section-title">{STRINGS.edit}</Text>
      <TextFields
        fields={FIELDS}
        values={values}
        errors={errors}
        onChange={(field, value) => {
          setValues((s) => ({ ...s, [field]: value }));
          setErrors((x) => ({ ...x, [field]: undefined }));
        }}
      />
      <FormFoot form="edit" error={errors._form} sending={sending} onSubmit={() => void submit()} />
    </View>
  );
}
