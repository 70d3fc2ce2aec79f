/**
 * The caller's profile form: name, phone and whether residents see it in full, hours. Staff have no card on the
 * landing page, so they are offered their name only (the server keeps nothing else of theirs).
 */
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { UpdateProfileInputSchema, WORK_LIMITS, type ProfileData } from '~/types/api';
import { updateProfile } from '~/src/services/work/updateProfile';
import { useSave } from '../../shared/useSave';
import { checkValue, Field, SubmitButton } from '~/src/components/forms';
import { STRINGS } from './strings';

/** The form; `onSaved` gets the profile as stored. */
export function ProfileForm({ profile, onSaved }: { profile: ProfileData; onSaved: (p: ProfileData) => void }) {
  const [name, setName] = useState(profile.name);
  const [phone, setPhone] = useState(profile.phone);
  const [phonePublic, setPhonePublic] = useState(profile.phonePublic);
  const [hours, setHours] = useState(profile.hours);
  const { busy, error, save: run } = useSave();

  const card = profile.role !== 'staff';
  const save = () =>
    run(
      async () => {
        const input = card
          ? { name: name.trim(), phone: phone.trim(), phonePublic, hours: hours.trim() }
          : { name: name.trim() };
        onSaved(await updateProfile(input));
      },
      checkValue(UpdateProfileInputSchema.entries.name, name) ??
        (card ? checkValue(UpdateProfileInputSchema.entries.phone, phone) : null) ??
        (card ? checkValue(UpdateProfileInputSchema.entries.hours, hours) : null),
      STRINGS.saved,
    );

  return (
    <View className="card profile-form">
      <Text className="section-title">{STRINGS.profile}</Text>
      <Field label={STRINGS.name}>
        <Input
          className="field-input name-input"
          value={name}
          maxlength={WORK_LIMITS.name.max}
          onInput={(e) => setName(e.detail.value)}
        />
      </Field>
      {card ? (
        <CardFields
          phone={phone}
          phonePublic={phonePublic}
          hours={hours}
          setPhone={setPhone}
          setPhonePublic={setPhonePublic}
          setHours={setHours}
        />
      ) : (
        <Text className="muted row-line staff-note">{STRINGS.staffNote}</Text>
      )}
      {error ? <Text className="form-error">{error}</Text> : null}
      <SubmitButton label={STRINGS.save} busy={busy} onSubmit={() => void save()} />
    </View>
  );
}

/** Props of CardFields. */
interface CardFieldsProps {
  phone: string;
  phonePublic: boolean;
  hours: string;
  setPhone: (v: string) => void;
  setPhonePublic: (v: boolean) => void;
  setHours: (v: string) => void;
}

/** What residents see on a volunteer's or mediator's card: phone (in full or not) and hours. */
function CardFields({ phone, phonePublic, hours, setPhone, setPhonePublic, setHours }: CardFieldsProps) {
  return (
    <>
      <Field label={STRINGS.phone}>
        <Input
          className="field-input phone-input"
          type="number"
          maxlength={11}
          value={phone}
          onInput={(e) => setPhone(e.detail.value)}
        />
      </Field>
      <View
        className={`check-row phone-public${phonePublic ? ' check-row-on' : ''}`}
        onClick={() => setPhonePublic(!phonePublic)}
      >
        <Text className="check-mark">{phonePublic ? '☑' : '☐'}</Text>
        <Text className="check-label">{STRINGS.phonePublic}</Text>
      </View>
      {phonePublic ? null : <Text className="muted row-line phone-masked">{STRINGS.phoneHidden}</Text>}
      <Field label={STRINGS.hours}>
        <Input
          className="field-input hours-input"
          value={hours}
          maxlength={WORK_LIMITS.hours.max}
          placeholder={STRINGS.hoursHint}
          onInput={(e) => setHours(e.detail.value)}
        />
      </Field>
      <Text className="muted row-line photo-note">{STRINGS.photoNote}</Text>
    </>
  );
}
