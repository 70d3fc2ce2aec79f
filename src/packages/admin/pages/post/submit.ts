/**
 * How the post forms send: checked against the contract schema first (messages under their fields), then sent once
 * at a time; a server error lands next to its field, or as a toast when it names none. What was typed stays.
 */
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type * as v from 'valibot';
import { CloudError } from '~/src/services/cloud';
import { errorsOf, fieldOfError, type PostErrors } from './fieldOfError';

/** A `v.safeParse` result. */
type Parsed<T> = { success: true; output: T } | { success: false; issues: readonly v.BaseIssue<unknown>[] };

/** The form's errors and sending state, and `send(parsed, action)` that resolves true once the server accepted. */
export function usePostSubmit() {
  const [errors, setErrors] = useState<PostErrors>({});
  const [sending, setSending] = useState(false);

  async function send<T>(parsed: Parsed<T>, action: (input: T) => Promise<unknown>): Promise<boolean> {
    if (sending) return false;
    if (!parsed.success) {
      setErrors(errorsOf(parsed.issues));
      return false;
    }
    setErrors({});
    setSending(true);
    try {
      await action(parsed.output);
      return true;
    } catch (err) {
      const e = err instanceof CloudError ? err : new CloudError('INTERNAL');
      const field = fieldOfError(e.field);
      if (field === '_form') Taro.showToast({ title: e.message, icon: 'none' }).catch(() => undefined);
      setErrors({ [field]: e.message });
      return false;
    } finally {
      setSending(false);
    }
  }

  return { errors, setErrors, sending, send };
}
