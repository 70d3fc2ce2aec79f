/** One request in 我的诉求: kind, title, status, when it was sent and, while the promise is owed, when to expect news. */
import { Text, View } from '@tarojs/components';
import type { RequestSummary } from '~/types/api';
import { REQUEST_STATUSES } from '~/types/requests';
import { dueLine } from '../../shared/dueLine';
import { formatTime } from '../../shared/format';
import { showsDue } from '../../shared/status';
import { SHARED_STRINGS } from '../../shared/strings';
import { openPage } from '~/src/services/navigation';

/** A tappable card that opens the request's detail page. */
export function RequestItem({ request }: { request: RequestSummary }) {
  const open = () => {
    void openPage(`/packages/resident/pages/request/index?id=${encodeURIComponent(request.id)}`);
  };
  return (
    <View className={`card request-item request-${request.kind}`} onClick={open}>
      <View className="request-head">
        <Text className="badge request-kind">{SHARED_STRINGS.kinds[request.kind]}</Text>
        <Text className={`request-status status-${request.status}`}>{REQUEST_STATUSES[request.status]}</Text>
      </View>
      <Text className="request-title">{request.title}</Text>
      {request.excerpt ? <Text className="request-excerpt">{request.excerpt}</Text> : null}
      <Text className="muted request-post">{request.postName}</Text>
      <Text className="muted request-time">{SHARED_STRINGS.submittedAt(formatTime(request.createdAt))}</Text>
      {showsDue(request.kind, request.status) ? (
        <Text className="request-due">{dueLine(request.kind, request.dueAt)}</Text>
      ) : null}
    </View>
  );
}
