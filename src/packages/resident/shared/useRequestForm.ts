/**
 * A request form's state: fields restored from and saved to the persisted draft as the user types, validation
 * against the shared contract, and a submission that keeps the draft (and its clientId) until the server has it.
 */
import { useDidHide } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import * as v from 'valibot';
import type { SubmitReply } from '~/types/api';
import type { RequestKind } from '~/types/requests';
import { CloudError } from '~/src/services/cloud';
import { useAppStore } from '~/src/stores';
import type { DraftFields } from '~/src/stores/draftsSlice';
import { errorsByField, fieldOfError, type FieldErrors } from '~/src/components/forms/fieldErrors';
import { SHARED_STRINGS } from './strings';

// Persisting writes the whole store synchronously; on a cheap phone that is too slow for every keystroke.
const SAVE_DELAY_MS = 400;

/** Where a submission stands. */
export type Phase =
  | { state: 'editing' }
  | { state: 'sending' }
  | { state: 'sent'; reply: SubmitReply }
  | { state: 'failed'; message: string };

type ObjectSchema = v.GenericSchema & { entries: Record<string, unknown> };

/** What a form page tells the hook. */
export interface RequestFormOptions<K extends RequestKind, S extends ObjectSchema> {
  kind: K;
  postId: string;
  schema: S;
  /** The action's input from the draft's fields. */
  toInput: (fields: DraftFields[K], ids: { postId: string; clientId: string }) => Record<string, unknown>;
  send: (input: v.InferOutput<S>) => Promise<SubmitReply>;
  /**
   * Runs once the input is valid, before `send`, started synchronously inside the tap that called submit() (WeChat
   * shows its subscribe-message dialog only from a tap). Must not reject; `send` waits for it.
   */
  beforeSend?: () => Promise<void>;
}

/** What a form page draws from. */
export interface RequestForm<K extends RequestKind> {
  fields: DraftFields[K];
  update: (patch: DraftFields[K]) => void;
  errors: FieldErrors;
  phase: Phase;
  submit: () => Promise<void>;
}

/** The draft-backed form of `kind` at `postId`. */
export function useRequestForm<K extends RequestKind, S extends ObjectSchema>(
  options: RequestFormOptions<K, S>,
): RequestForm<K> {
  const { kind, postId, schema, toInput, send, beforeSend } = options;
  const saveDraft = useAppStore((s) => s.saveDraft);
  const clearDraft = useAppStore((s) => s.clearDraft);
  const [fields, setFields] = useState<DraftFields[K]>(
    () => (useAppStore.getState().drafts[kind][postId]?.fields ?? {}) as DraftFields[K],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [phase, setPhase] = useState<Phase>({ state: 'editing' });
  const pending = useRef<DraftFields[K] | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sending = useRef(false);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current) saveDraft(kind, postId, pending.current);
    pending.current = null;
  }, [saveDraft, kind, postId]);

  // Leaving the page or the app (WeChat may then kill it) must not lose the last keystrokes.
  useEffect(() => flush, [flush]);
  useDidHide(flush);

  const update = useCallback(
    (patch: DraftFields[K]) => {
      setFields((f) => ({ ...f, ...patch }));
      pending.current = { ...pending.current, ...patch };
      setErrors((e) => {
        const next = { ...e };
        for (const key of Object.keys(patch)) delete next[key];
        return next;
      });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  const submit = useCallback(async () => {
    if (sending.current) return;
    pending.current = fields;
    flush();
    // The draft now exists; its clientId was made once and is reused by every retry.
    const clientId = useAppStore.getState().drafts[kind][postId]?.clientId ?? '';
    const parsed = v.safeParse(schema, toInput(fields, { postId, clientId }));
    if (!parsed.success) {
      setErrors(errorsByField(parsed.issues));
      return;
    }
    // Started before any await: still inside the tap.
    const before = Promise.resolve(beforeSend?.()).catch(() => undefined);
    setErrors({});
    setPhase({ state: 'sending' });
    sending.current = true;
    try {
      await before;
      const reply = await send(parsed.output);
      clearDraft(kind, postId);
      setPhase({ state: 'sent', reply });
    } catch (err) {
      const e = err instanceof CloudError ? err : new CloudError('INTERNAL');
      const field = fieldOfError(schema.entries, e.field);
      if (field) {
        setErrors({ [field]: e.message });
        setPhase({ state: 'editing' });
      } else {
        const message = e.code === 'NETWORK' ? SHARED_STRINGS.networkSaved : SHARED_STRINGS.savedWith(e.message);
        setPhase({ state: 'failed', message });
      }
    } finally {
      sending.current = false;
    }
  }, [fields, flush, kind, postId, schema, toInput, send, beforeSend, clearDraft]);

  return { fields, update, errors, phase, submit };
}
