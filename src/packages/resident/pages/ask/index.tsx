/** Ask page (我要咨询): a question to the post's legal-literate volunteers, with the 24-hour promise. */
import { Text, View } from '@tarojs/components';
import { AskInputSchema, TEXT_LIMITS } from '~/types/api';
import { QUESTION_CATEGORIES } from '~/types/requests';
// PageShell's styles first, as on the main pages: one CSS order across every chunk.
import { ResidentPage } from '../../shared/ResidentPage';
import { StateView } from '~/src/components/StateView';
import { askQuestion } from '~/src/services/requests/askQuestion';
import { requestSubscribe } from '~/src/services/requests/requestSubscribe';
import type { DraftFields } from '~/src/stores/draftsSlice';
import { formatTime } from '../../shared/format';
import { CheckRow, Chips, Field, LineInput, TextBox } from '~/src/components/forms';
import { SHARED_STRINGS } from '../../shared/strings';
import { SubmitBar } from '../../shared/SubmitBar';
import { Success } from '../../shared/Success';
import { usePostId } from '../../shared/usePostId';
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
      <Field label={STRINGS.category} error={errors.category}>
        <Chips
          options={QUESTION_CATEGORIES}
          selected={fields.category}
          onSelect={(category) => update({ category })}
          chipClass="category-option"
        />
      </Field>
      <Field label={STRINGS.text} error={errors.text}>
        <TextBox
          className="input-text"
          value={fields.text ?? ''}
          max={TEXT_LIMITS.question.max}
          placeholder={STRINGS.textHint}
          onChange={(text) => update({ text })}
        />
      </Field>
      <Field label={STRINGS.phone} error={errors.callbackPhone}>
        <LineInput
          className="input-phone"
          type="number"
          value={fields.callbackPhone}
          max={13}
          placeholder={STRINGS.phoneHint}
          onChange={(callbackPhone) => update({ callbackPhone })}
        />
      </Field>
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
  const postId = usePostId();
  return (
    <ResidentPage className="ask-page">
      {postId ? <AskForm postId={postId} /> : <StateView kind="error" title={SHARED_STRINGS.missingPost} />}
    </ResidentPage>
  );
}
