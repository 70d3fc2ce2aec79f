/**
 * The caller's profile form: name, phone and whether residents see it in full, hours. Staff have no card on the
 * landing page, so they are offered their name only (the server keeps nothing else of theirs).
 */
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { UpdateProfileInputSchema, WORK_LIMITS, type ProfileData } from '~/types/api';
import { updateProfile } from '~/src/services/work/updateProfile';
import { useSave } from '../../shared/useSave';
import { CheckRow, checkValue, Field, LineInput, SubmitButton } from '~/src/components/forms';
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
        <LineInput className="name-input" value={name} max={WORK_LIMITS.name.max} onChange={setName} />
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
        <LineInput className="phone-input" type="number" max={11} value={phone} onChange={setPhone} />
      </Field>
      <CheckRow className="phone-public" checked={phonePublic} label={STRINGS.phonePublic} onToggle={setPhonePublic} />
      {phonePublic ? null : <Text className="muted row-line phone-masked">{STRINGS.phoneHidden}</Text>}
      <Field label={STRINGS.hours}>
        <LineInput
          className="hours-input"
          value={hours}
          max={WORK_LIMITS.hours.max}
          placeholder={STRINGS.hoursHint}
          onChange={setHours}
        />
      </Field>
      <Text className="muted row-line photo-note">{STRINGS.photoNote}</Text>
      {/* Scan pages are cached a minute per cloud container (docs/DEPLOY.md): a hidden number may show that long. */}
      <Text className="muted row-line card-note">{STRINGS.cardNote}</Text>
    </>
  );
}
