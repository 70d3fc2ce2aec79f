/** 移动位置: new coordinates typed, or on WeChat picked on the map (Taro.chooseLocation). */
import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import * as v from 'valibot';
import { UpdatePostInputSchema, type AdminPost } from '~/types/api';
import { updatePost } from '~/src/services/admin/updatePost';
import { gcj02ToWgs84, wgs84ToGcj02 } from '~/src/services/geo/gcj02';
import { Field } from '~/src/components/forms';
import { IS_WEAPP } from '~/src/services/platform';
import { numberOf } from './fieldOfError';
import { STRINGS } from './strings';
import { usePostSubmit } from './submit';


/** The form (class `move-form`). */
export function MoveForm({ post, onSaved }: { post: AdminPost; onSaved: () => void }) {
  const [lat, setLat] = useState(String(post.lat));
  const [lng, setLng] = useState(String(post.lng));
  const { errors, setErrors, sending, send } = usePostSubmit();

  const choose = () => {
    // WeChat's map picker speaks GCJ-02 both ways; posts are stored in WGS-84 (some 500 m apart in Baicheng).
    const from = wgs84ToGcj02({ lat: post.lat, lng: post.lng });
    Taro.chooseLocation({ latitude: from.lat, longitude: from.lng }).then(
      (res) => {
        const at = gcj02ToWgs84({ lat: res.latitude, lng: res.longitude });
        setLat(at.lat.toFixed(6));
        setLng(at.lng.toFixed(6));
        setErrors({});
      },
      // Cancelled, or the privacy consent refused: the typed values stay.
      () => undefined,
    );
  };

  const submit = async () => {
    const parsed = v.safeParse(UpdatePostInputSchema, { postId: post.id, lat: numberOf(lat), lng: numberOf(lng) });
    if (await send(parsed, updatePost)) onSaved();
  };

  return (
    <View className="card move-form">
      <Text className="section-title">{STRINGS.move}</Text>
      <Text className="muted">{IS_WEAPP ? STRINGS.moveHintWeapp : STRINGS.moveHint}</Text>
      <Field label={STRINGS.lat} error={errors.lat}>
        <Input className="field-input input-lat" value={lat} onInput={(e) => setLat(e.detail.value)} />
      </Field>
      <Field label={STRINGS.lng} error={errors.lng}>
        <Input className="field-input input-lng" value={lng} onInput={(e) => setLng(e.detail.value)} />
      </Field>
      {errors._form ? <Text className="form-error form-failed">{errors._form}</Text> : null}
      {IS_WEAPP ? (
        <Button className="btn btn-secondary choose-location" onClick={choose}>
          {STRINGS.chooseLocation}
        </Button>
      ) : null}
      <Button className="btn btn-primary move-submit" {...(sending ? { disabled: true } : {})} onClick={submit}>
        {sending ? STRINGS.saving : STRINGS.saveLocation}
      </Button>
    </View>
  );
}
