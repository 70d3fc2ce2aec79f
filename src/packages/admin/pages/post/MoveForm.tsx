/** 移动位置: new coordinates typed, or on WeChat picked on the map (Taro.chooseLocation). */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import * as v from 'valibot';
import { UpdatePostInputSchema, type AdminPost } from '~/types/api';
import { updatePost } from '~/src/services/admin/updatePost';
import { gcj02ToWgs84, wgs84ToGcj02 } from '~/types/gcj02';
import { IS_WEAPP } from '~/src/services/platform';
import { numberOf } from './fieldOfError';
import { FormFoot } from './FormFoot';
import { STRINGS } from './strings';
import { usePostSubmit } from './submit';
import { TextFields, type TextField } from './TextFields';

const FIELDS: readonly TextField[] = ['lat', 'lng'];

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
      <TextFields
        fields={FIELDS}
        values={{ lat, lng }}
        errors={errors}
        onChange={(f, value) => (f === 'lat' ? setLat : setLng)(value)}
      />
      <FormFoot form="move" error={errors._form} sending={sending} onSubmit={() => void submit()}>
        {IS_WEAPP ? (
          <Button className="btn btn-secondary choose-location" onClick={choose}>
            {STRINGS.chooseLocation}
          </Button>
        ) : null}
      </FormFoot>
    </View>
  );
}
