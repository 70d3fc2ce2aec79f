/** Step 1 of a legal-aid pre-application: the honest self-check (matter, exemption, household and income). */
import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AID_EXEMPTIONS, AID_MATTERS } from '~/types/requests';
import type { DraftFields } from '~/src/stores/draftsSlice';
import { Chips, Field } from '~/src/components/forms';
import { checkEligibility } from './eligibility';
import { STRINGS } from './strings';

/** Props of EligibilityStep. */
export interface EligibilityStepProps {
  fields: DraftFields['aid'];
  update: (patch: DraftFields['aid']) => void;
}

/** A whole number typed in a number box, or undefined when the box is empty. */
export function numberOf(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

/** The self-check; 下一步 opens the form once every question is answered. */
export function EligibilityStep({ fields, update }: EligibilityStepProps) {
  const [tried, setTried] = useState(false);
  const result = checkEligibility(fields);
  const missing = tried ? result.missing : {};
  const next = () => {
    setTried(true);
    if (Object.keys(result.missing).length === 0) update({ checked: true });
  };
  return (
    <View className="aid-eligibility">
      <Text className="section-title">{STRINGS.step1}</Text>
      <Field label={STRINGS.matter} error={missing.matter}>
        <Chips
          options={AID_MATTERS}
          selected={fields.matter}
          onSelect={(matter) => update({ matter })}
          chipClass="matter-option"
        />
      </Field>
      <Field label={STRINGS.exemption} error={missing.exemption}>
        <Chips
          options={AID_EXEMPTIONS}
          selected={fields.exemption}
          onSelect={(exemption) => update({ exemption })}
          chipClass="exemption-option"
        />
      </Field>
      {fields.exemption === 'none' ? (
        <>
          <Field label={STRINGS.householdSize} error={missing.householdSize}>
            <Input
              className="field-input input-household"
              type="number"
              maxlength={2}
              value={fields.householdSize === undefined ? '' : String(fields.householdSize)}
              onInput={(e) => update({ householdSize: numberOf(e.detail.value) })}
            />
          </Field>
          <Field label={STRINGS.income} error={missing.monthlyIncome}>
            <Input
              className="field-input input-income"
              type="number"
              maxlength={7}
              value={fields.monthlyIncome === undefined ? '' : String(fields.monthlyIncome)}
              onInput={(e) => update({ monthlyIncome: numberOf(e.detail.value) })}
            />
          </Field>
        </>
      ) : null}
      {result.lines.length > 0 ? (
        <View className="card eligibility-result">
          {result.lines.map((line) => (
            <Text key={line} className="eligibility-line">
              {line}
            </Text>
          ))}
        </View>
      ) : null}
      <Button className="btn btn-primary eligibility-next" onClick={next}>
        {STRINGS.next}
      </Button>
    </View>
  );
}
