/** Legal-aid page (法律援助): an honest self-check, then the pre-application; the legal-aid office decides. */
import { Text } from '@tarojs/components';
import { AidInputSchema } from '~/types/api';
// PageShell's styles first, as on the main pages: one CSS order across every chunk.
import { PostFormPage } from '../../shared/PostFormPage';
import { applyAid } from '~/src/services/requests/applyAid';
import { requestSubscribe } from '~/src/services/requests/requestSubscribe';
import type { DraftFields } from '~/src/stores/draftsSlice';
import { deadlineNote, formatDeadlineDay } from '~/types/aidDeadline';
import { AID_NOTICES } from '../../shared/aidNotices';
import { Success } from '../../shared/Success';
import { useRequestForm } from '../../shared/useRequestForm';
import { AidFormStep } from './AidForm';
import { EligibilityStep } from './Eligibility';
import { STRINGS } from './strings';

const toInput = (f: DraftFields['aid'], ids: { postId: string; clientId: string }) => ({
  ...ids,
  matter: f.matter,
  exemption: f.exemption,
  channel: f.channel ?? 'none',
  name: f.name ?? '',
  idNumber: f.idNumber ?? '',
  phone: f.phone ?? '',
  address: f.address ?? '',
  stage: f.stage,
  facts: f.facts ?? '',
  // The economic test's numbers only matter (and are only asked) when no exemption applies.
  ...(f.exemption === 'none' ? { householdSize: f.householdSize, monthlyIncome: f.monthlyIncome } : {}),
  // The pledge is asked (and sent) only when economic hardship is claimed (第四十一条).
  pledge: f.exemption === 'none' && f.pledge === true,
  urgent: f.urgent === true,
  photos: f.photos ?? [],
});

function AidSteps({ postId }: { postId: string }) {
  const form = useRequestForm({
    kind: 'aid',
    postId,
    schema: AidInputSchema,
    toInput,
    send: applyAid,
    beforeSend: requestSubscribe,
  });
  const { fields, update, errors, phase, submit } = form;
  if (phase.state === 'sent') {
    return (
      <Success
        title={STRINGS.sent}
        lines={[
          AID_NOTICES.decisionBy(formatDeadlineDay(phase.reply.dueAt), deadlineNote(phase.reply.dueAt)),
          STRINGS.framing,
        ]}
      />
    );
  }
  return (
    <>
      <Text className="notice aid-framing">{STRINGS.framing}</Text>
      {fields.checked ? (
        <AidFormStep fields={fields} update={update} errors={errors} phase={phase} onSubmit={() => void submit()} />
      ) : (
        <EligibilityStep fields={fields} update={update} />
      )}
    </>
  );
}

/** The legal-aid page. */
export default function AidPage() {
  return <PostFormPage className="aid-page" Form={AidSteps} />;
}
