/** 诉求办理: one request with exactly the actions the server allows; every change carries the version seen. */
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { confirmFirst } from '~/src/components/confirmFirst';
import { usePullToRefresh } from '~/src/hooks/useRefresh';
import { useState } from 'react';
import type { WorkAction, WorkDetail } from '~/types/api';
// PageShell's styles first, as on the main pages: one CSS order across every chunk.
import { WorkPage } from '../../shared/WorkPage';
import { History, MediationSteps } from '~/src/components/MediationSteps';
import { StateView } from '~/src/components/StateView';
import { revealField } from '~/src/services/work/revealField';
import { messageOf } from '../../shared/errors';
import { WORK_STRINGS } from '../../shared/strings';
import { WorkLoadState } from '../../shared/WorkLoadState';
import { AskMoreForm, CloseForm, DecideForm, HandOverForm } from './ActionForms';
import { AdvanceForm } from './AdvanceForm';
import { AnswerForm } from './AnswerForm';
import { Agreement, Answers, CaseHeader, Fields, type RevealField } from './CaseView';
import { EvidencePhotos } from './EvidencePhotos';
import { STRINGS } from './strings';
import { useCase, type CaseState } from './useCase';
import './index.scss';

type ButtonAction = Exclude<WorkAction, 'reveal'>;
const ORDER: ButtonAction[] = [
  'answer',
  'advance',
  'startReview',
  'approve',
  'decline',
  'askMore',
  'handOver',
  'close',
];

function ActionPanel({ action, detail, run }: { action: ButtonAction; detail: WorkDetail; run: CaseState['run'] }) {
  switch (action) {
    case 'answer':
      return <AnswerForm id={detail.id} run={run} />;
    case 'askMore':
      return <AskMoreForm id={detail.id} run={run} />;
    case 'close':
      return <CloseForm id={detail.id} run={run} />;
    case 'handOver':
      return <HandOverForm detail={detail} run={run} />;
    case 'advance':
      return <AdvanceForm detail={detail} run={run} />;
    default:
      return <DecideForm key={action} id={detail.id} decision={action} run={run} />;
  }
}

function Case({ state }: { state: CaseState & { detail: WorkDetail } }) {
  const { detail, notice, run } = state;
  const [open, setOpen] = useState<ButtonAction | null>(null);
  const [revealed, setRevealed] = useState<Partial<Record<RevealField, string>>>({});
  const buttons = ORDER.filter((a) => detail.actions.includes(a));
  const shownOpen = open && buttons.includes(open) ? open : null;

  const reveal = async (field: RevealField) => {
    if (
      !(await confirmFirst({
        title: STRINGS.reveal[field],
        content: STRINGS.revealConfirm,
        confirmText: STRINGS.revealOk,
        cancelText: WORK_STRINGS.cancel,
      }))
    )
      return;
    try {
      const { value } = await revealField(detail.id, field);
      setRevealed((had) => ({ ...had, [field]: value }));
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' });
    }
  };
  // A successful change closes its form.
  const runAndClose: CaseState['run'] = async (change) => {
    const failed = await run(change);
    if (!failed) setOpen(null);
    return failed;
  };

  return (
    <>
      {notice ? <Text className="notice case-notice">{notice}</Text> : null}
      <CaseHeader detail={detail} now={Date.now()} />
      {detail.kind === 'mediation' ? <MediationSteps status={detail.status} className="stepper" /> : null}
      {detail.agreementSummary ? <Agreement summary={detail.agreementSummary} /> : null}
      <Fields detail={detail} revealed={revealed} onReveal={(f) => void reveal(f)} />
      <EvidencePhotos detail={detail} />
      {detail.kind === 'question' || detail.answers.length ? <Answers detail={detail} /> : null}
      {buttons.length ? (
        <View className="case-actions">
          <Text className="section-title">{STRINGS.actionsTitle}</Text>
          <View className="button-row">
            {buttons.map((a) => (
              <Button
                key={a}
                className={`btn ${a === shownOpen ? 'btn-primary' : 'btn-secondary'} action-button action-${a}`}
                onClick={() => setOpen(a === shownOpen ? null : a)}
              >
                {STRINGS.actions[a]}
              </Button>
            ))}
          </View>
          {shownOpen ? <ActionPanel key={shownOpen} action={shownOpen} detail={detail} run={runAndClose} /> : null}
        </View>
      ) : null}
      {detail.timeline.length ? <History timeline={detail.timeline} className="case-history" /> : null}
    </>
  );
}

/** The case page. */
export default function CasePage() {
  const id = useRouter().params.id ?? '';
  const state = useCase(id);
  const { detail, error, reload } = state;
  // Pull down: what the resident or another worker did since. An open form keeps what was typed; it closes only when
  // its action is no longer allowed.
  usePullToRefresh(reload);
  let body;
  if (!id) body = <StateView kind="error" title={STRINGS.missingId} />;
  else if (detail) body = <Case state={{ ...state, detail }} />;
  else if (error?.code === 'REQUEST_NOT_FOUND' || error?.code === 'INVALID_INPUT') {
    body = <StateView kind="empty" title={STRINGS.missingId} hint={STRINGS.missingHint} />;
  } else body = <WorkLoadState error={error} reload={reload} />;
  return <WorkPage className="case-page">{body}</WorkPage>;
}
