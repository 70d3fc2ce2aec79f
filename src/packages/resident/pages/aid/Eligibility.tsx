/** Step 1 of a legal-aid pre-application: the honest self-check (matter, exemption, household and income). */
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AID_EXEMPTIONS, AID_MATTERS } from '~/types/requests';
import type { DraftFields } from '~/src/stores/draftsSlice';
import { FieldList, type FieldRow } from '~/src/components/forms';
import { checkEligibility } from './eligibility';
import { STRINGS } from './strings';

/** Props of EligibilityStep. */
export interface EligibilityStepProps {
  fields: DraftFields['aid'];
  update: (patch: DraftFields['aid']) => void;
}

type Row = FieldRow<DraftFields['aid']>;

const GROUNDS: readonly Row[] = [
  { kind: 'chips', key: 'matter', label: STRINGS.matter, options: AID_MATTERS, className: 'matter-option' },
  {
    kind: 'chips',
    key: 'exemption',
    label: STRINGS.exemption,
    options: AID_EXEMPTIONS,
    className: 'exemption-option',
  },
];

// The economic test's numbers, asked only when no exemption applies.
const MEANS: readonly Row[] = [
  { kind: 'number', key: 'householdSize', label: STRINGS.householdSize, className: 'input-household', maxlength: 2 },
  { kind: 'number', key: 'monthlyIncome', label: STRINGS.income, className: 'input-income', maxlength: 7 },
];

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
      <FieldList
        rows={fields.exemption === 'none' ? [...GROUNDS, ...MEANS] : GROUNDS}
        fields={fields}
        update={update}
        errors={missing}
      />
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
