/** 补充说明: what the handler asked for and a box to answer it; on success the page reloads with the new status. */
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { SUPPLEMENT_LIMITS, SupplementInputSchema } from '~/types/api';
import { supplementRequest } from '~/src/services/requests/supplementRequest';
import { Field, SubmitButton, TextBox } from '~/src/components/forms';
import { STRINGS } from './strings';
import { useSend } from './useSend';

/** Props of SupplementCard. */
export interface SupplementCardProps {
  id: string;
  askedFor: string | null;
  /** Called after the server took the supplement (the page reloads the request). */
  onDone: () => void;
}

/** The card (class `supplement-card`). */
export function SupplementCard({ id, askedFor, onDone }: SupplementCardProps) {
  const [text, setText] = useState('');
  const { error, setError, sending, send } = useSend();
  const submit = () =>
    send(SupplementInputSchema, { id, text }, async (input) => {
      await supplementRequest(input);
      setText('');
      onDone();
    });

  return (
    <View className="card supplement-card">
      <Text className="section-title">{STRINGS.supplementTitle}</Text>
      {askedFor ? (
        <View className="notice asked-for">
          <Text className="asked-for-label">{STRINGS.askedFor}</Text>
          <Text className="asked-for-text">{askedFor}</Text>
        </View>
      ) : null}
      <Field label={STRINGS.supplementLabel}>
        <TextBox
          className="supplement-input"
          value={text}
          max={SUPPLEMENT_LIMITS.max}
          placeholder={STRINGS.supplementHint}
          onChange={(typed) => {
            setText(typed);
            setError(null);
          }}
        />
      </Field>
      {error ? <Text className="form-error supplement-error">{error}</Text> : null}
      <SubmitButton
        className="supplement-submit"
        label={STRINGS.supplementSubmit}
        busyLabel={STRINGS.sending}
        busy={sending}
        onSubmit={() => void submit()}
      />
    </View>
  );
}
