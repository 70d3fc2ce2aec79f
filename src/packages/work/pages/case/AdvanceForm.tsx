/** 记录进展 of a mediation case: the next step, the day it happened (today or earlier), a note, the source on 受理. */
import { Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AdvanceInputSchema, WORK_LIMITS, type AdvanceInput, type WorkDetail } from '~/types/api';
import { MEDIATION_SOURCES, REQUEST_STATUSES, type MediationSource } from '~/types/requests';
import { advanceCase } from '~/src/services/work/advanceCase';
import { todayCst } from '../../shared/format';
import { WORK_STRINGS } from '../../shared/strings';
import { checkValue, Chips, Field, SubmitButton, TextBox } from '~/src/components/forms';
import { STRINGS } from './strings';
import type { Change } from './useCase';

type Step = AdvanceInput['to'];
type Source = MediationSource | 'none';

const SOURCE_OPTIONS: { value: Source; label: string }[] = [
  ...(Object.keys(MEDIATION_SOURCES) as MediationSource[]).map((s) => ({ value: s, label: MEDIATION_SOURCES[s] })),
  { value: 'none', label: WORK_STRINGS.fromResident },
];

/** Props of AdvanceForm. */
export interface AdvanceFormProps {
  detail: WorkDetail;
  run: (change: Change) => Promise<string | null>;
  /** Today, yyyy-mm-dd (China): injectable for tests. */
  today?: string;
}

/** The form; the step chips are exactly `detail.nextSteps`. */
export function AdvanceForm({ detail, run, today = todayCst() }: AdvanceFormProps) {
  const steps = detail.nextSteps as Step[];
  const [to, setTo] = useState<Step | null>(steps.length === 1 ? steps[0] : null);
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const [source, setSource] = useState<Source>(detail.source ?? 'none');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pickDay = (value: string) => {
    // The picker's `end` stops later days on a phone; this holds where a picker does not (typed, H5 quirks).
    if (value > today) return setError(STRINGS.futureDay);
    setError(null);
    setOn(value);
  };
  const submit = async () => {
    if (!to) return setError(`${STRINGS.pickOne}${STRINGS.nextStep}`);
    if (on > today) return setError(STRINGS.futureDay);
    const bad = checkValue(AdvanceInputSchema.entries.note, note);
    if (bad) return setError(bad);
    setBusy(true);
    const extra = to === 'accepted' && source !== 'none' ? { source } : {};
    const failed = await run((version) => advanceCase({ id: detail.id, version, to, on, note: note.trim(), ...extra }));
    setBusy(false);
    setError(failed);
  };

  return (
    <View className="card action-form advance-form">
      <Field label={STRINGS.nextStep}>
        <Chips
          options={steps.map((s) => ({ value: s, label: REQUEST_STATUSES[s] }))}
          selected={to}
          onSelect={setTo}
          chipClass="step-option"
        />
      </Field>
      {to === 'accepted' ? (
        <Field label={STRINGS.source}>
          <Chips options={SOURCE_OPTIONS} selected={source} onSelect={setSource} chipClass="source-option" />
        </Field>
      ) : null}
      <Field label={STRINGS.stepDay}>
        <Picker mode="date" value={on} end={today} onChange={(e) => pickDay(String(e.detail.value))}>
          <View className="field-picker step-day">
            <Text>{on}</Text>
          </View>
        </Picker>
      </Field>
      <Field label={STRINGS.stepNote}>
        <TextBox className="note-input" value={note} max={WORK_LIMITS.note.max} onChange={setNote} />
      </Field>
      {error ? <Text className="form-error">{error}</Text> : null}
      <SubmitButton label={STRINGS.actions.advance} busy={busy} onSubmit={() => void submit()} />
    </View>
  );
}
