/** Mediation page (申请调解): a dispute for the village's mediation committee, with the steps explained. */
import { View } from '@tarojs/components';
import { MediationInputSchema, TEXT_LIMITS } from '~/types/api';
import { DISPUTE_TYPES, PREFERRED_TIMES } from '~/types/requests';
// PageShell's styles first, as on the main pages: one CSS order across every chunk.
import { PostFormPage } from '../../shared/PostFormPage';
import { requestMediation } from '~/src/services/requests/requestMediation';
import { requestSubscribe } from '~/src/services/requests/requestSubscribe';
import type { DraftFields } from '~/src/stores/draftsSlice';
import { formatTime } from '../../shared/format';
import { FieldList, type FieldRow } from '~/src/components/forms';
import { SubmitBar } from '../../shared/SubmitBar';
import { Success } from '../../shared/Success';
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

const ROWS: readonly FieldRow<DraftFields['mediation']>[] = [
  {
    kind: 'chips',
    key: 'disputeType',
    label: STRINGS.disputeType,
    options: DISPUTE_TYPES,
    className: 'dispute-option',
  },
  { kind: 'line', key: 'applicantName', label: STRINGS.name, className: 'input-name', max: TEXT_LIMITS.name.max },
  { kind: 'line', key: 'phone', label: STRINGS.phone, className: 'input-phone', type: 'number', max: 11 },
  {
    kind: 'line',
    key: 'otherParty',
    label: STRINGS.otherParty,
    className: 'input-other-party',
    max: TEXT_LIMITS.party.max,
    placeholder: STRINGS.otherPartyHint,
  },
  { kind: 'text', key: 'account', label: STRINGS.account, className: 'input-text', max: TEXT_LIMITS.account.max },
  {
    kind: 'chips',
    key: 'preferredTime',
    label: STRINGS.preferredTime,
    options: PREFERRED_TIMES,
    className: 'time-option',
  },
];

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
      <FieldList rows={ROWS} fields={fields} update={update} errors={errors} />
      <SubmitBar phase={phase} errors={errors} onSubmit={() => void submit()} />
    </View>
  );
}

/** The mediation page. */
export default function MediationPage() {
  return <PostFormPage className="mediation-page" Form={MediationForm} />;
}
