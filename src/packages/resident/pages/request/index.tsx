/** A request's detail page (诉求详情): what was sent, where it stands, and the answers. */
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { RequestDetail } from '~/types/api';
import { REQUEST_STATUSES } from '~/types/requests';
// PageShell's styles first, as on the main pages: one CSS order across every chunk.
import { ResidentPage } from '../../shared/ResidentPage';
import { History, MediationSteps } from '~/src/components/MediationSteps';
import { StateView } from '~/src/components/StateView';
import { useRemote } from '~/src/hooks/useRemote';
import { usePullToRefresh } from '~/src/hooks/useRefresh';
import { fetchRequestDetail } from '~/src/services/requests/fetchRequestDetail';
import { AID_NOTICES } from '../../shared/aidNotices';
import { dueLine } from '../../shared/dueLine';
import { formatTime } from '../../shared/format';
import { showsDue } from '../../shared/status';
import { SHARED_STRINGS } from '../../shared/strings';
import { STRINGS as AID_STRINGS } from '../aid/strings';
import { AnswerList } from './AnswerList';
import { OwnPhotos } from './OwnPhotos';
import { RatingForm, RatingShown } from './RatingCard';
import { SupplementCard } from './SupplementCard';
import { STRINGS } from './strings';
import './index.scss';

/** Props of Detail. */
interface DetailProps {
  request: RequestDetail;
  /** True right after the resident rated here (shows thanks). */
  thanked: boolean;
  onRated: (rating: { stars: number; word: string }) => void;
  reload: () => void;
}

/**
 * A legal-aid decision, where the applicant looks first: 准予 with the appointment that follows (第四十三条), or 不予
 * with the written notice that follows and the right to object (第四十三、四十九条), each with the office's reason.
 */
function DecisionNotice({ decision }: { decision: NonNullable<RequestDetail['decision']> }) {
  const approved = decision.approved;
  const lines = approved ? AID_NOTICES.approvedLines : AID_NOTICES.declinedLines;
  return (
    <View className={`card ${approved ? 'aid-approved' : 'aid-declined'}`}>
      <Text className="section-title">{approved ? AID_NOTICES.approvedTitle : AID_NOTICES.declinedTitle}</Text>
      {decision.reason ? <Text className="aid-decision-reason">{AID_NOTICES.reason(decision.reason)}</Text> : null}
      {lines.map((line) => (
        <Text key={line} className={approved ? 'aid-approved-line' : 'aid-declined-line'}>
          {line}
        </Text>
      ))}
    </View>
  );
}

/** The decision, from the reply or, from a server that does not send it yet, from the status alone. */
function decisionOf(request: RequestDetail): RequestDetail['decision'] {
  if (request.decision) return request.decision;
  if (request.kind !== 'aid' || (request.status !== 'approved' && request.status !== 'declined')) return null;
  return { approved: request.status === 'approved', reason: '' };
}

function Detail({ request, thanked, onRated, reload }: DetailProps) {
  const decision = decisionOf(request);
  return (
    <>
      <View className="card request-header">
        <Text className="badge request-kind">{SHARED_STRINGS.kinds[request.kind]}</Text>
        <Text className="request-title">{request.title}</Text>
        <Text className={`request-status status-${request.status}`}>{REQUEST_STATUSES[request.status]}</Text>
        <Text className="muted request-time">{SHARED_STRINGS.submittedAt(formatTime(request.createdAt))}</Text>
        {showsDue(request.kind, request.status) ? (
          <Text className="request-due">{dueLine(request.kind, request.dueAt)}</Text>
        ) : null}
      </View>
      {request.canSupplement ? <SupplementCard id={request.id} askedFor={request.askedFor} onDone={reload} /> : null}
      {decision ? <DecisionNotice decision={decision} /> : null}
      {/* 这是预申请，不是决定 holds until the office decides; then the decision above says what it is. */}
      {request.kind === 'aid' && !decision ? <Text className="notice aid-framing">{AID_STRINGS.framing}</Text> : null}
      {request.kind === 'mediation' ? <MediationSteps status={request.status} className="mediation-progress" /> : null}
      {request.kind === 'question' || request.answers.length > 0 ? <AnswerList answers={request.answers} /> : null}
      {request.rating ? <RatingShown rating={request.rating} thanked={thanked} /> : null}
      {request.canRate && !request.rating ? <RatingForm id={request.id} onRated={onRated} onStale={reload} /> : null}
      <OwnPhotos photos={request.photos ?? []} />
      <View className="card request-fields">
        <Text className="section-title">{STRINGS.fields}</Text>
        {request.fields.map((f) => (
          <View key={f.label} className="request-field">
            <Text className="muted field-name">{f.label}</Text>
            <Text className="field-value">{f.value}</Text>
          </View>
        ))}
      </View>
      {request.timeline.length > 0 ? <History timeline={request.timeline} className="history" /> : null}
    </>
  );
}

/** The detail page. */
export default function RequestPage() {
  const id = useRouter().params.id ?? '';
  const {
    data: request,
    error,
    reload,
    setData: setRequest,
  } = useRemote(id ? () => fetchRequestDetail(id) : null, [id]);
  const [thanked, setThanked] = useState(false);
  // A resident waiting for an answer pulls down to see whether it came.
  usePullToRefresh(reload);

  let body;
  if (!id) body = <StateView kind="error" title={STRINGS.missingId} />;
  else if (request) {
    const onRated = (rating: { stars: number; word: string }) => {
      setRequest({ ...request, rating, canRate: false });
      setThanked(true);
    };
    body = <Detail request={request} thanked={thanked} onRated={onRated} reload={() => void reload()} />;
  } else if (error?.code === 'REQUEST_NOT_FOUND' || error?.code === 'INVALID_INPUT') {
    body = <StateView kind="empty" title={STRINGS.missingId} hint={error.message} />;
  } else if (error) {
    body = (
      <StateView
        kind="error"
        error={error}
        title={STRINGS.loadError}
        hint={STRINGS.loadErrorHint}
        onRetry={() => void reload()}
      />
    );
  } else body = <StateView kind="loading" />;
  return <ResidentPage className="request-page">{body}</ResidentPage>;
}
