/** Step 2 of a legal-aid pre-application: who applies, the case, urgency (第四十四条) and the pledge (第四十一条). */
import { Button, Input, Text, View } from '@tarojs/components';
import { TEXT_LIMITS } from '~/types/api';
import { isValidIdNumber } from '~/types/idcard';
import { AID_CHANNELS, AID_STAGES } from '~/types/requests';
import type { DraftFields } from '~/src/stores/draftsSlice';
import type { FieldErrors } from '~/src/components/forms/fieldErrors';
import { Field, FieldList, type FieldRow } from '~/src/components/forms';
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

type Row = FieldRow<DraftFields['aid']>;

const WHO: readonly Row[] = [
  { kind: 'line', key: 'name', label: STRINGS.name, className: 'input-name', max: TEXT_LIMITS.name.max },
];

const CASE: readonly Row[] = [
  { kind: 'line', key: 'phone', label: STRINGS.phone, className: 'input-phone', type: 'number', max: 11 },
  {
    kind: 'line',
    key: 'address',
    label: STRINGS.address,
    className: 'input-address',
    max: TEXT_LIMITS.address.max,
    placeholder: STRINGS.addressHint,
  },
  { kind: 'chips', key: 'stage', label: STRINGS.stage, options: AID_STAGES, className: 'stage-option' },
  { kind: 'text', key: 'facts', label: STRINGS.facts, className: 'input-facts', max: TEXT_LIMITS.facts.max },
];

const MANNER: readonly Row[] = [
  {
    kind: 'chips',
    key: 'channel',
    label: STRINGS.channel,
    options: AID_CHANNELS,
    className: 'channel-option',
    fallback: 'none',
  },
  { kind: 'check', key: 'urgent', label: STRINGS.urgentHint, text: STRINGS.urgent, className: 'urgent-checkbox' },
];

const PLEDGE: Row = { kind: 'check', key: 'pledge', text: STRINGS.pledge, className: 'pledge-checkbox' };

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
      <FieldList rows={WHO} fields={fields} update={update} errors={errors} />
      <Field label={STRINGS.idNumber} error={errors.idNumber ?? idNumberHint(fields.idNumber)}>
        <Input
          className="field-input input-id-number"
          type="idcard"
          maxlength={18}
          value={fields.idNumber ?? ''}
          onInput={(e) => update({ idNumber: e.detail.value.trim().toUpperCase() })}
        />
      </Field>
      <FieldList rows={CASE} fields={fields} update={update} errors={errors} />
      <PhotoPicker photos={fields.photos ?? []} onChange={(photos) => update({ photos })} />
      {/* 第四十一条: the pledge is for an applicant who claims economic hardship, not one exempt from the test. */}
      <FieldList
        rows={fields.exemption === 'none' ? [...MANNER, PLEDGE] : MANNER}
        fields={fields}
        update={update}
        errors={errors}
      />
      <SubmitBar phase={phase} errors={errors} onSubmit={onSubmit} />
    </View>
  );
}
