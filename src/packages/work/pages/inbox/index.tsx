/** 工作台: the requests the caller handles, most urgent first, with the time left on each promise. */
import { Button, Text, View } from '@tarojs/components';
import { INBOX_BOXES, type InboxBox, type InboxItem } from '~/types/api';
import type { RequestKind } from '~/types/requests';
import { openPage } from '~/src/services/navigation';
// PageShell's styles first, as on the main pages: one CSS order across every chunk.
import { WorkPage } from '../../shared/WorkPage';
import { StateView } from '~/src/components/StateView';
import { useAppStore } from '~/src/stores';
import { WORK_STRINGS } from '../../shared/strings';
import { WorkLoadState } from '../../shared/WorkLoadState';
import { groupBySource } from './grouping';
import { InboxRow } from './InboxRow';
import { SubscribeBanner } from './SubscribeBanner';
import { STRINGS } from './strings';
import { useInbox } from './useInbox';
import './index.scss';

const BOXES = Object.keys(INBOX_BOXES) as InboxBox[];
const KINDS_BY_ROLE: Partial<Record<string, RequestKind[]>> = {
  mediator: ['question', 'mediation'],
  staff: ['question', 'mediation', 'aid'],
};

/** The kinds the caller handles: from their role, else from what the list holds. */
function kindsOf(role: string | undefined, items: InboxItem[]): RequestKind[] {
  const byRole = role ? KINDS_BY_ROLE[role] : undefined;
  if (byRole) return byRole;
  return [...new Set(items.map((i) => i.kind))];
}

function Rows({ items, box, now }: { items: InboxItem[]; box: InboxBox; now: number }) {
  const grouped = box !== 'todo' && items.some((i) => i.kind === 'mediation');
  if (!grouped)
    return (
      <>
        {items.map((item) => (
          <InboxRow key={item.id} item={item} now={now} />
        ))}
      </>
    );
  return (
    <>
      {groupBySource(items, STRINGS.otherKinds).map((g) => (
        <View key={g.key} className={`inbox-group inbox-group-${g.key}`}>
          <Text className="section-title inbox-group-title">{STRINGS.group(g.label, g.items.length)}</Text>
          {g.items.map((item) => (
            <InboxRow key={item.id} item={item} now={now} />
          ))}
        </View>
      ))}
    </>
  );
}

/** The inbox page. */
export default function InboxPage() {
  const { box, kind, data, error, setBox, setKind, reload } = useInbox();
  const role = useAppStore((s) => s.me?.role);
  const kinds = kindsOf(role, data?.items ?? []);
  const go = (url: string) => void openPage(url);
  const now = Date.now();

  // Someone who is not a worker (a resident who found the page) is told how to become one, and nothing else: the
  // links to 我的资料 and 答复模板 and the tabs led only to more refusals.
  if (error?.code === 'FORBIDDEN' || error?.code === 'UNAUTHENTICATED') {
    return (
      <WorkPage className="inbox-page">
        <StateView kind="empty" title={WORK_STRINGS.notWorker} hint={WORK_STRINGS.notWorkerHint} />
      </WorkPage>
    );
  }

  let body;
  if (data && !error) {
    body = data.items.length ? (
      <Rows items={data.items} box={box} now={now} />
    ) : (
      <StateView kind="empty" title={STRINGS.empty[box]} hint={STRINGS.emptyHint} />
    );
  } else body = <WorkLoadState error={error} reload={reload} />;

  return (
    <WorkPage className="inbox-page">
      <View className="button-row inbox-links">
        <Button className="btn btn-secondary to-profile" onClick={() => go('/packages/work/pages/profile/index')}>
          {STRINGS.profile}
        </Button>
        <Button className="btn btn-secondary to-templates" onClick={() => go('/packages/work/pages/templates/index')}>
          {STRINGS.templates}
        </Button>
      </View>
      {data ? <SubscribeBanner /> : null}
      <View className="tabs inbox-tabs">
        {BOXES.map((b) => (
          <View key={b} className={`inbox-tab${b === box ? ' inbox-tab-on' : ''}`} onClick={() => setBox(b)}>
            <Text>{INBOX_BOXES[b]}</Text>
            {b === 'todo' && data && data.todoCount > 0 ? (
              <Text className="todo-count">{STRINGS.todoBadge(data.todoCount)}</Text>
            ) : null}
          </View>
        ))}
      </View>
      {kinds.length > 1 ? (
        <View className="chips kind-filter">
          <View className={`chip kind-option${kind === null ? ' chip-on' : ''}`} onClick={() => setKind(null)}>
            <Text>{WORK_STRINGS.allKinds}</Text>
          </View>
          {kinds.map((k) => (
            <View key={k} className={`chip kind-option${k === kind ? ' chip-on' : ''}`} onClick={() => setKind(k)}>
              <Text>{WORK_STRINGS.kinds[k]}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {body}
    </WorkPage>
  );
}
