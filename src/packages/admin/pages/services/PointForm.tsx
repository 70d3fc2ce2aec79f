/** 新增 / 修改服务点: kind (new points only), name, region, address, phone, hours, place, stars, channels. */
import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { AdminServicePoint } from '~/types/api';
import {
  DEFAULT_CHANNELS,
  EDITABLE_SERVICE_KINDS,
  SERVICE_CHANNEL_KEYS,
  SERVICE_CHANNELS,
  type EditableServiceKind,
} from '~/types/services';
import { FORM_KEY } from '~/src/components/forms/fieldErrors';
import { Field } from '~/src/components/forms';
import { IS_WEAPP } from '~/src/services/platform';
import { RegionSelect } from '../../components/RegionSelect';
import { pickedToWgs84 } from './place';
import { STRINGS } from './strings';
import { usePointForm, type PointValues } from './usePointForm';

const KINDS = Object.keys(EDITABLE_SERVICE_KINDS) as EditableServiceKind[];
type TextKey = 'name' | 'address' | 'phone' | 'hours' | 'note' | 'lat' | 'lng';

/** Props of PointForm: the point to edit (null: a new one), the admin's scope, and what to do after. */
export interface PointFormProps {
  point: AdminServicePoint | null;
  scope: string;
  onSaved: (point: AdminServicePoint) => void;
  onCancel: () => void;
}

/** The form (class `point-form`). */
export function PointForm({ point, scope, onSaved, onCancel }: PointFormProps) {
  const { values, set, setValues, errors, sending, submit } = usePointForm(point, scope);
  const input = (key: TextKey, hint = '') => (
    <Input
      className={`field-input input-${key}`}
      value={values[key]}
      placeholder={hint}
      onInput={(e) => set(key, e.detail.value)}
    />
  );
  const chip = (on: boolean, label: string, className: string, onClick: () => void) => (
    <Text key={label} className={`chip ${className}${on ? ' chip-on' : ''}`} onClick={onClick}>
      {label}
    </Text>
  );
  const pickKind = (kind: EditableServiceKind) =>
    setValues((s: PointValues) => ({ ...s, kind, channels: [...DEFAULT_CHANNELS[kind]] }));
  const toggle = (c: (typeof SERVICE_CHANNEL_KEYS)[number]) =>
    set('channels', values.channels.includes(c) ? values.channels.filter((x) => x !== c) : [...values.channels, c]);
  const choose = () => {
    const at = values.lat && values.lng ? { latitude: Number(values.lat), longitude: Number(values.lng) } : {};
    Taro.chooseLocation(at).then(
      (res) => {
        const w = pickedToWgs84(res);
        setValues((s: PointValues) => ({ ...s, lat: String(w.lat), lng: String(w.lng) }));
      },
      // Cancelled, or the privacy consent refused: the typed values stay.
      () => undefined,
    );
  };
  const save = async () => {
    const saved = await submit();
    if (saved) onSaved(saved);
  };

  return (
    <View className="card point-form">
      <Text className="section-title">{point ? point.name : STRINGS.add}</Text>
      <Field label={point ? STRINGS.kindFixed : STRINGS.kind} error={errors.kind}>
        <View className="chips">
          {point
            ? chip(true, EDITABLE_SERVICE_KINDS[values.kind], 'kind-option', () => undefined)
            : KINDS.map((k) => chip(values.kind === k, EDITABLE_SERVICE_KINDS[k], 'kind-option', () => pickKind(k)))}
        </View>
      </Field>
      <Field label={STRINGS.name} error={errors.name}>
        {input('name', STRINGS.nameHint)}
      </Field>
      <Field label={STRINGS.region} error={errors.regionCode}>
        <RegionSelect
          depth="village"
          selected={values.regionCode === scope ? null : values.regionCode}
          onSelect={(code) => set('regionCode', code ?? scope)}
        />
      </Field>
      <Field label={STRINGS.address} error={errors.address}>
        {input('address', STRINGS.addressHint)}
      </Field>
      <Field label={STRINGS.phone} error={errors.phone}>
        {input('phone', STRINGS.phoneHint)}
      </Field>
      <Field label={STRINGS.hours} error={errors.hours}>
        {input('hours', STRINGS.hoursHint)}
      </Field>
      <Text className="muted">{STRINGS.placeHint}</Text>
      <Field label={STRINGS.lat} error={errors.lat}>
        {input('lat')}
      </Field>
      <Field label={STRINGS.lng} error={errors.lng}>
        {input('lng')}
      </Field>
      {IS_WEAPP ? (
        <Button className="btn btn-secondary choose-location" onClick={choose}>
          {STRINGS.chooseLocation}
        </Button>
      ) : null}
      {values.kind === 'judicialOffice' ? (
        <Field label={STRINGS.stars} error={errors.stars}>
          <View className="chips">
            {[null, 3, 4, 5].map((n) =>
              chip(values.stars === n, n === null ? STRINGS.noStars : `${n}星`, 'stars-option', () => set('stars', n)),
            )}
          </View>
        </Field>
      ) : null}
      <Field label={STRINGS.channels} error={errors.channels}>
        <View className="chips">
          {SERVICE_CHANNEL_KEYS.map((c) =>
            chip(values.channels.includes(c), SERVICE_CHANNELS[c], `channel-option channel-${c}`, () => toggle(c)),
          )}
        </View>
      </Field>
      <Field label={STRINGS.note} error={errors.note}>
        {input('note')}
      </Field>
      {errors[FORM_KEY] ? <Text className="form-error form-failed">{errors[FORM_KEY]}</Text> : null}
      <Button className="btn btn-primary point-save" {...(sending ? { disabled: true } : {})} onClick={save}>
        {sending ? STRINGS.saving : STRINGS.save}
      </Button>
      <Button className="btn btn-secondary point-cancel" onClick={onCancel}>
        {STRINGS.cancel}
      </Button>
    </View>
  );
}
