/** Mediation page (申请调解): a dispute for the village's mediation committee, with the steps explained. */
import { View } from '@tarojs/components';
import { MediationInputSchema, TEXT_LIMITS } from '~/types/api';
import { DISPUTE_TYPES, PREFERRED_TIMES } from '~/types/requests';
// PageShell's styles first, as on the main pages: one CSS order across every chunk.
import { ResidentPage } from '../../shared/ResidentPage';
import { StateView } from '~/src/components/StateView';
import { requestMediation } from '~/src/services/requests/requestMediation';
import { requestSubscribe } from '~/src/services/requests/requestSubscribe';
import type { DraftFields } from '~/src/stores/draftsSlice';
import { formatTime } from '../../shared/format';
import { Chips, Field, LineInput, TextBox } from '~/src/components/forms';
import { SHARED_STRINGS } from '../../shared/strings';
import { SubmitBar } from '../../shared/SubmitBar';
import { Success } from '../../shared/Success';
import { usePostId } from '../../shared/usePostId';
import { useRequestForm } from '../../shared/useRequestForm';
import { MediationSteps } from './Steps';
import { STRINGS } from './strings';
import './index.scss';

const toInput = (f: DraftFields['mediation'], ids: { postId: string; clientId: string }) => ({
  ...ids,
  disputeType: f.disputeType,
  applicantName: f.applicantName ?? '',
  phone: f.phone ?? '',
  otherParty: f.otherParty ?? '',
  account: f.account ?? '',
  preferredTime: f.preferredTime,
});

function MediationForm({ postId }: { postId: string }) {
  const { fields, update, errors, phase, submit } = useRequestForm({
    kind: 'mediation',
    postId,
    schema: MediationInputSchema,
    toInput,
    send: requestMediation,
    beforeSend: requestSubscribe,
  });
  if (phase.state === 'sent') {
    return <Success title={STRINGS.sent} lines={[STRINGS.due(formatTime(phase.reply.dueAt))]} />;
  }
  return (
    <View className="mediation-form">
      <MediationSteps />
      <Field label={STRINGS.disputeType} error={errors.disputeType}>
        <Chips
          options={DISPUTE_TYPES}
          selected={fields.disputeType}
          onSelect={(disputeType) => update({ disputeType })}
          chipClass="dispute-option"
        />
      </Field>
      <Field label={STRINGS.name} error={errors.applicantName}>
        <LineInput
          className="input-name"
          value={fields.applicantName}
          max={TEXT_LIMITS.name.max}
          onChange={(applicantName) => update({ applicantName })}
        />
      </Field>
      <Field label={STRINGS.phone} error={errors.phone}>
        <LineInput
          className="input-phone"
          type="number"
          value={fields.phone}
          max={11}
          onChange={(phone) => update({ phone })}
        />
      </Field>
      <Field label={STRINGS.otherParty} error={errors.otherParty}>
        <LineInput
          className="input-other-party"
          value={fields.otherParty}
          max={TEXT_LIMITS.party.max}
          placeholder={STRINGS.otherPartyHint}
          onChange={(otherParty) => update({ otherParty })}
        />
      </Field>
      <Field label={STRINGS.account} error={errors.account}>
        <TextBox
          className="input-text"
          value={fields.account ?? ''}
          max={TEXT_LIMITS.account.max}
          onChange={(account) => update({ account })}
        />
      </Field>
      <Field label={STRINGS.preferredTime} error={errors.preferredTime}>
        <Chips
          options={PREFERRED_TIMES}
          selected={fields.preferredTime}
          onSelect={(preferredTime) => update({ preferredTime })}
          chipClass="time-option"
        />
      </Field>
      <SubmitBar phase={phase} errors={errors} onSubmit={() => void submit()} />
    </View>
  );
}

/** The mediation page. */
export default function MediationPage() {
  const postId = usePostId();
  return (
    <ResidentPage className="mediation-page">
      {postId ? <MediationForm postId={postId} /> : <StateView kind="error" title={SHARED_STRINGS.missingPost} />}
    </ResidentPage>
  );
}
