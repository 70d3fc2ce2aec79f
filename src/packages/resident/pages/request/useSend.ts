/** The send of one small form of the request page (补充说明, 评价): checked by its contract schema, one at a time. */
import { useState } from 'react';
import * as v from 'valibot';
import { asCloudError } from '~/src/hooks/useRemote';
import type { CloudError } from '~/src/services/cloud';
import { STRINGS } from './strings';

/** What a card draws and calls. */
export interface SendState {
  error: string | null;
  setError: (message: string | null) => void;
  sending: boolean;
  /** Checks `input` with `schema`, then sends its parsed output; a refusal's Chinese message stays by the form. */
  send: <S extends v.GenericSchema>(
    schema: S,
    input: unknown,
    deliver: (output: v.InferOutput<S>) => Promise<void>,
    onRefused?: (err: CloudError) => void,
  ) => Promise<void>;
}

/** One form's sending state. */
export function useSend(): SendState {
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const send: SendState['send'] = async (schema, input, deliver, onRefused) => {
    if (sending) return;
    const parsed = v.safeParse(schema, input);
    if (!parsed.success) {
      setError(parsed.issues[0].message);
      return;
    }
    setError(null);
    setSending(true);
    try {
      await deliver(parsed.output);
    } catch (err) {
      const e = asCloudError(err);
      setError(e.code === 'NETWORK' ? STRINGS.networkError : e.message);
      onRefused?.(e);
    } finally {
      setSending(false);
    }
  };
  return { error, setError, sending, send };
}
