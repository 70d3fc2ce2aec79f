/** Ask page (我要咨询): a question to the post's legal-literate volunteers, with the 24-hour promise. */
import { Text, View } from '@tarojs/components';
import { AskInputSchema, TEXT_LIMITS } from '~/types/api';
import { QUESTION_CATEGORIES } from '~/types/requests';
// PageShell's styles first, as on the main pages: one CSS order across every chunk.
import { PostFormPage } from '../../shared/PostFormPage';
import { askQuestion } from '~/src/services/requests/askQuestion';
import { requestSubscribe } from '~/src/services/requests/requestSubscribe';
import type { DraftFields } from '~/src/stores/draftsSlice';
import { formatTime } from '../../shared/format';
import { CheckRow, FieldList, type FieldRow } from '~/src/components/forms';
import { SubmitBar } from '../../shared/SubmitBar';
import { Success } from '../../shared/Success';
import { useRequestForm } from '../../shared/useRequestForm';
import { STRINGS } from './strings';

const toInput = (f: DraftFields['question'], ids: { postId: string; clientId: string }) => ({
  ...ids,
  category: f.category,
  text: f.text ?? '',
  // An empty box means "no callback", not a malformed number.
  ...(f.callbackPhone ? { callbackPhone: f.callbackPhone } : {}),
  hideName: f.hideName ?? false,
});

const ROWS: readonly FieldRow<DraftFields['question']>[] = [
  {
    kind: 'chips',
    key: 'category',
    label: STRINGS.category,
    options: QUESTION_CATEGORIES,
    className: 'category-option',
  },
  {
    kind: 'text',
    key: 'text',
    label: STRINGS.text,
    className: 'input-text',
    max: TEXT_LIMITS.question.max,
    placeholder: STRINGS.textHint,
  },
  {
    kind: 'line',
    key: 'callbackPhone',
    label: STRINGS.phone,
    className: 'input-phone',
    type: 'number',
    max: 13,
    placeholder: STRINGS.phoneHint,
  },
];

function AskForm({ postId }: { postId: string }) {
  const { fields, update, errors, phase, submit } = useRequestForm({
    kind: 'question',
    postId,
    schema: AskInputSchema,
    toInput,
    send: askQuestion,
    beforeSend: requestSubscribe,
  });
  if (phase.state === 'sent') {
    return <Success title={STRINGS.sent} lines={[STRINGS.due(formatTime(phase.reply.dueAt)), STRINGS.promise]} />;
  }
  return (
    <View className="ask-form">
      <Text className="notice promise">{STRINGS.promise}</Text>
      <FieldList rows={ROWS} fields={fields} update={update} errors={errors} />
      <CheckRow
        className="hide-name"
        checked={fields.hideName ?? false}
        label={STRINGS.hideName}
        onToggle={(hideName) => update({ hideName })}
      />
      <SubmitBar phase={phase} errors={errors} onSubmit={() => void submit()} />
    </View>
  );
}

/** The ask page. */
export default function AskPage() {
  return <PostFormPage className="ask-page" Form={AskForm} />;
}
