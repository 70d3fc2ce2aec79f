/** One request in the inbox: title, kind, status, place, requester, time left; a tap opens it. */
import { Text, View } from '@tarojs/components';
import type { InboxItem } from '~/types/api';
import { MEDIATION_SOURCES, REQUEST_STATUSES } from '~/types/requests';
import { timeLeft } from '../../shared/format';
import { promisePending } from '~/types/lifecycle';
import { WORK_STRINGS } from '../../shared/strings';
import { STRINGS } from './strings';
import { openPage } from '~/src/services/navigation';

/** The case page of request `id`. */
export const caseUrl = (id: string) => `/packages/work/pages/case/index?id=${id}`;

/** A whole-card touch target. */
export function InboxRow({ item, now }: { item: InboxItem; now: number }) {
  const open = () => void openPage(caseUrl(item.id));
  const waiting = promisePending(item.kind, item.status);
  const left = timeLeft(item.dueAt, now);
  // The server's `overdue` is the truth; the clock only words it.
  const late = waiting && (item.overdue || left.overdue);
  return (
    <View className={`card inbox-row${late ? ' inbox-row-late' : ''}`} onClick={open}>
      <View className="inbox-head">
        <Text className="badge inbox-kind">{WORK_STRINGS.kinds[item.kind]}</Text>
        {item.kind === 'mediation' && item.source ? (
          <Text className="badge inbox-source">{MEDIATION_SOURCES[item.source]}</Text>
        ) : null}
        {item.needsReview ? <Text className="badge badge-review inbox-review">{WORK_STRINGS.needsReview}</Text> : null}
        {item.urgent ? <Text className="badge badge-urgent inbox-urgent">{WORK_STRINGS.urgent}</Text> : null}
        <Text className="inbox-status">{REQUEST_STATUSES[item.status]}</Text>
      </View>
      <Text className="inbox-title">{item.title}</Text>
      {item.excerpt ? <Text className="row-line inbox-excerpt">{item.excerpt}</Text> : null}
      <Text className="row-line muted inbox-place place-line">{STRINGS.place(item.postName, item.villageName)}</Text>
      <Text className="row-line muted inbox-requester">{STRINGS.requester(item.requester)}</Text>
      {waiting ? <Text className={`row-line inbox-due${late ? ' overdue' : ''}`}>{left.text}</Text> : null}
    </View>
  );
}
