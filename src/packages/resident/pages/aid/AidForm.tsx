/** Step 2 of a legal-aid pre-application: who applies, the case, urgency (第四十四条) and the pledge (第四十一条). */
import { Button, Input, Text, View } from '@tarojs/components';
import { TEXT_LIMITS } from '~/types/api';
import { isValidIdNumber } from '~/types/idcard';
import { AID_CHANNELS, AID_STAGES } from '~/types/requests';
import type { DraftFields } from '~/src/stores/draftsSlice';
import type { FieldErrors } from '~/src/components/forms/fieldErrors';
import { CheckRow, Chips, Field, LineInput, TextBox } from '~/src/components/forms';
import { SubmitBar } from '../../shared/SubmitBar';
import type { Phase } from '../../shared/useRequestForm';
import { PhotoPicker } from './Photos';
import { STRINGS } from './strings';

/** Props of AidFormStep. */
export interface AidFormStepProps {
  fields: DraftFields['aid'];
  update: (patch: DraftFields['aid']) => void;
  errors: FieldErrors;
  phase: Phase;
  onSubmit: () => void;
}

/** The live ID check: silent while typing, a message once 18 characters are there and wrong. */
export function idNumberHint(id: string | undefined): string | undefined {
  return id && id.length >= 18 && !isValidIdNumber(id) ? STRINGS.idInvalid : undefined;
}

/** The form step; step-1 errors (from the server) show at its top, next to the way back. */
export function AidFormStep({ fields, update, errors, phase, onSubmit }: AidFormStepProps) {
  const earlier = errors.matter ?? errors.exemption ?? errors.householdSize ?? errors.monthlyIncome;
  return (
    <View className="aid-form">
      <Text className="section-title">{STRINGS.step2}</Text>
      {earlier ? <Text className="form-error">{earlier}</Text> : null}
      <Button className="btn btn-secondary eligibility-back" onClick={() => update({ checked: false })}>
        {STRINGS.back}
      </Button>
      <Field label={STRINGS.name} error={errors.name}>
        <LineInput
          className="input-name"
          value={fields.name}
          max={TEXT_LIMITS.name.max}
          onChange={(name) => update({ name })}
        />
      </Field>
      <Field label={STRINGS.idNumber} error={errors.idNumber ?? idNumberHint(fields.idNumber)}>
        <Input
          className="field-input input-id-number"
          type="idcard"
          maxlength={18}
          value={fields.idNumber ?? ''}
          onInput={(e) => update({ idNumber: e.detail.value.trim().toUpperCase() })}
        />
      </Field>
      <Field label={STRINGS.phone} error={errors.phone}>
        <LineInput
          className="input-phone"
          type="number"
          value={fields.phone}
          max={11}
          onChange={(phone) => update({ phone })}
        />
      </Field>
      <Field label={STRINGS.address} error={errors.address}>
        <LineInput
          className="input-address"
          value={fields.address}
          max={TEXT_LIMITS.address.max}
          placeholder={STRINGS.addressHint}
          onChange={(address) => update({ address })}
        />
      </Field>
      <Field label={STRINGS.stage} error={errors.stage}>
        <Chips
          options={AID_STAGES}
          selected={fields.stage}
          onSelect={(stage) => update({ stage })}
          chipClass="stage-option"
        />
      </Field>
      <Field label={STRINGS.facts} error={errors.facts}>
        <TextBox
          className="input-facts"
          value={fields.facts ?? ''}
          max={TEXT_LIMITS.facts.max}
          onChange={(facts) => update({ facts })}
        />
      </Field>
      <PhotoPicker photos={fields.photos ?? []} onChange={(photos) => update({ photos })} />
      <Field label={STRINGS.channel} error={errors.channel}>
        <Chips
          options={AID_CHANNELS}
          selected={fields.channel ?? 'none'}
          onSelect={(channel) => update({ channel })}
          chipClass="channel-option"
        />
      </Field>
      <Field label={STRINGS.urgentHint} error={errors.urgent}>
        <CheckRow
          className="urgent-checkbox"
          checked={fields.urgent === true}
          label={STRINGS.urgent}
          onToggle={(on) => update({ urgent: on ? true : undefined })}
        />
      </Field>
      {/* 第四十一条: the pledge is for an applicant who claims economic hardship, not one exempt from the test. */}
      {fields.exemption === 'none' ? (
        <Field error={errors.pledge}>
          <CheckRow
            className="pledge-checkbox"
            checked={fields.pledge === true}
            label={STRINGS.pledge}
            onToggle={(on) => update({ pledge: on ? true : undefined })}
          />
        </Field>
      ) : null}
      <SubmitBar phase={phase} errors={errors} onSubmit={onSubmit} />
    </View>
  );
}
