/** The forms of the other actions: 请群众补充, 办结, 转交 (to a listed office, with a reason), legal-aid decisions. */
import { Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import type * as v from 'valibot';
import {
  AskMoreInputSchema,
  CloseInputSchema,
  DecideInputSchema,
  HandOverInputSchema,
  WORK_LIMITS,
  type WorkDetail,
} from '~/types/api';
import { askMore } from '~/src/services/work/askMore';
import { closeRequest } from '~/src/services/work/closeRequest';
import { decideAid } from '~/src/services/work/decideAid';
import { handOver } from '~/src/services/work/handOver';
import { confirmFirst, type ConfirmText } from '~/src/components/confirmFirst';
import { checkValue, Chips, Field, SubmitButton, TextBox } from '~/src/components/forms';
import { STRINGS } from './strings';
import type { Change } from './useCase';

type Run = (change: Change) => Promise<string | null>;
type Limit = { min: number; max: number };

/** Props of TextForm. */
interface TextFormProps {
  className: string;
  label: string;
  limit: Limit;
  /** The contract's schema of the text, checked before sending. */
  schema: v.GenericSchema;
  placeholder?: string;
  submitLabel: string;
  /** Checked before the text: e.g. that a target is chosen. */
  precheck?: () => string | null;
  /** The text may be left empty (开始审查 needs no opinion). */
  optional?: boolean;
  /** Asked once the text is valid, before sending (an act that cannot be taken back). */
  confirm?: ConfirmText;
  send: (text: string) => Change;
  run: Run;
  children?: ReactNode;
}

/** One counted text and a submit button; errors stay by the form. */
function TextForm(props: TextFormProps) {
  const {
    className,
    label,
    limit,
    schema,
    placeholder,
    submitLabel,
    precheck,
    optional,
    confirm,
    send,
    run,
    children,
  } = props;
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const blankOk = optional === true && text.trim() === '';
    const bad = precheck?.() ?? (blankOk ? null : checkValue(schema, text));
    if (bad) return setError(bad);
    setError(null);
    if (confirm && !(await confirmFirst(confirm))) return;
    setBusy(true);
    const failed = await run(send(text.trim()));
    setBusy(false);
    setError(failed);
  };
  return (
    <View className={`card action-form ${className}`}>
      {children}
      <Field label={label}>
        <TextBox className="note-input" value={text} max={limit.max} placeholder={placeholder} onChange={setText} />
      </Field>
      {error ? <Text className="form-error">{error}</Text> : null}
      <SubmitButton label={submitLabel} busy={busy} onSubmit={() => void submit()} />
    </View>
  );
}

/** 请群众补充. */
export function AskMoreForm({ id, run }: { id: string; run: Run }) {
  return (
    <TextForm
      className="ask-more-form"
      label={STRINGS.askMoreText}
      limit={WORK_LIMITS.note}
      schema={AskMoreInputSchema.entries.text}
      placeholder={STRINGS.askMoreHint}
      submitLabel={STRINGS.actions.askMore}
      send={(text) => (version) => askMore({ id, version, text })}
      run={run}
    />
  );
}

/** 办结, with a note the resident sees. */
export function CloseForm({ id, run }: { id: string; run: Run }) {
  return (
    <TextForm
      className="close-form"
      label={STRINGS.closeNote}
      limit={WORK_LIMITS.note}
      schema={CloseInputSchema.entries.note}
      submitLabel={STRINGS.actions.close}
      send={(note) => (version) => closeRequest({ id, version, note })}
      run={run}
    />
  );
}

/** 转交: one of the offices the server lists, and a reason. */
export function HandOverForm({ detail, run }: { detail: WorkDetail; run: Run }) {
  const only = detail.handOverTargets.length === 1 ? detail.handOverTargets[0].id : null;
  const [to, setTo] = useState<string | null>(only);
  return (
    <TextForm
      className="hand-over-form"
      label={STRINGS.handOverReason}
      limit={WORK_LIMITS.reason}
      schema={HandOverInputSchema.entries.reason}
      submitLabel={STRINGS.actions.handOver}
      precheck={() => (to ? null : `${STRINGS.pickOne}${STRINGS.handOverTo}`)}
      send={(reason) => (version) => handOver({ id: detail.id, version, toServiceId: to ?? '', reason })}
      run={run}
    >
      <Field label={STRINGS.handOverTo}>
        <Chips
          options={detail.handOverTargets.map((t) => ({ value: t.id, label: t.name }))}
          selected={to}
          onSelect={setTo}
          chipClass="target-option"
        />
      </Field>
    </TextForm>
  );
}

/** A legal-aid decision: 准予 or 不予 with a reason the resident sees; 开始审查 with an opinion only if wanted. */
export function DecideForm({
  id,
  decision,
  run,
}: {
  id: string;
  decision: 'startReview' | 'approve' | 'decline';
  run: Run;
}) {
  const start = decision === 'startReview';
  return (
    <TextForm
      className={`decide-form decide-${decision}`}
      label={start ? STRINGS.reviewNote : STRINGS.decideReason}
      limit={WORK_LIMITS.reason}
      schema={DecideInputSchema.pipe[0].entries.reason}
      submitLabel={STRINGS.actions[decision]}
      optional={start}
      confirm={start ? undefined : { ...STRINGS.decideConfirm[decision], ...STRINGS.decideConfirmButtons }}
      send={(reason) => (version) => decideAid({ id, version, decision, ...(reason ? { reason } : {}) })}
      run={run}
    />
  );
}
