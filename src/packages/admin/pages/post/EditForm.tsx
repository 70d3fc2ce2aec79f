/** 修改名称和地址 of an existing post; what was typed stays when the server refuses it. */
import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import * as v from 'valibot';
import { UpdatePostInputSchema, type AdminPost } from '~/types/api';
import { updatePost } from '~/src/services/admin/updatePost';
import { Field } from '~/src/components/forms';
import { STRINGS } from './strings';
import { usePostSubmit } from './submit';

/** The form (class `edit-form`); `onSaved` runs after the server accepted the change. */
export function EditForm({ post, onSaved }: { post: AdminPost; onSaved: () => void }) {
  const [name, setName] = useState(post.name);
  const [address, setAddress] = useState(post.address);
  const { errors, setErrors, sending, send } = usePostSubmit();

  const submit = async () => {
    if (await send(v.safeParse(UpdatePostInputSchema, { postId: post.id, name, address }), updatePost)) onSaved();
  };

  return (
    <View className="card edit-form">
      <Text className="section-title">{STRINGS.edit}</Text>
      <Field label={STRINGS.name} error={errors.name}>
        <Input
          className="field-input input-name"
          value={name}
          onInput={(e) => {
            setName(e.detail.value);
            setErrors((x) => ({ ...x, name: undefined }));
          }}
        />
      </Field>
      <Field label={STRINGS.address} error={errors.address}>
        <Input
          className="field-input input-address"
          value={address}
          onInput={(e) => {
            setAddress(e.detail.value);
            setErrors((x) => ({ ...x, address: undefined }));
          }}
        />
      </Field>
      {errors._form ? <Text className="form-error form-failed">{errors._form}</Text> : null}
      <Button className="btn btn-primary edit-submit" {...(sending ? { disabled: true } : {})} onClick={submit}>
        {sending ? STRINGS.saving : STRINGS.save}
      </Button>
    </View>
  );
}
