/**
 * A worker form's one call at a time: the form's own check first (its Chinese message stops the call), then the
 * call with `busy` set, its failure kept as the message the form shows under it, and a toast when it went through.
 */
import Taro from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { messageOf } from './errors';

/** What a form draws from and calls. */
export interface Save {
  busy: boolean;
  /** The check's message or the call's failure; cleared when a call starts. */
  error: string | null;
  setError: (error: string | null) => void;
  /**
   * Runs `call` unless `problem` (a failed check) is given or a call is still on its way; `done` is the toast
   * shown after it went through. Resolves true when it did.
   */
  save: (call: () => Promise<void>, problem?: string | null, done?: string) => Promise<boolean>;
}

/** The save state of one form. */
export function useSave(): Save {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A second tap while the first call runs is dropped, whatever the button shows by then.
  const running = useRef(false);

  const save = useCallback(async (call: () => Promise<void>, problem?: string | null, done?: string) => {
    if (problem) {
      setError(problem);
      return false;
    }
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await call();
      if (done) void Taro.showToast({ title: done, icon: 'success' });
      return true;
    } catch (err) {
      setError(messageOf(err));
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  return { busy, error, setError, save };
}
