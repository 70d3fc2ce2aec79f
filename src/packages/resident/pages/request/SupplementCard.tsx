/** 补充说明: what the handler asked for and a box to answer it; on success the page reloads with the new status. */
import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { SUPPLEMENT_LIMITS, SupplementInputSchema } from '~/types/api';
import { supplementRequest } from '~/src/services/requests/supplementRequest';
import { CharCount, NO_LIMIT } from '~/src/components/forms';
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
      <View className="field">
        <Text className="field-label">{STRINGS.supplementLabel}</Text>
        <Textarea
          className="field-textarea supplement-input"
          value={text}
          maxlength={NO_LIMIT}
          placeholder={STRINGS.supplementHint}
          onInput={(e) => {
            setText(e.detail.value);
            setError(null);
          }}
        />
        <CharCount text={text} max={SUPPLEMENT_LIMITS.max} />
      </View>
      {error ? <Text className="form-error supplement-error">{error}</Text> : null}
      <Button
        className="btn btn-primary supplement-submit"
        {...(sending ? { disabled: true } : {})}
        onClick={() => void submit()}
      >
        {sending ? STRINGS.sending : STRINGS.supplementSubmit}
      </Button>
    </View>
  );
}
