/** The list of volunteers with its states (loading, empty, failed) and 加载更多. */
import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { PersonRow } from '~/types/api';
import { LoadState, StateView } from '~/src/components/StateView';
import { PersonItem } from './PersonItem';
import { STRINGS } from './strings';
import type { usePeople } from './usePeople';

/** Props of PeopleList. */
export interface PeopleListProps {
  list: ReturnType<typeof usePeople>;
  q: string;
  busy: string | null;
  editing: string | null;
  onAssign: (p: PersonRow) => void;
  onToggleActive: (p: PersonRow) => void;
  onReinvite: (p: PersonRow) => void;
  /** The post editor shown under the person being edited. */
  editor: (p: PersonRow) => ReactNode;
}

/** The rows (class `person-item`) and the 加载更多 button (class `people-more`). */
export function PeopleList({ list, q, busy, editing, onAssign, onToggleActive, onReinvite, editor }: PeopleListProps) {
  if (!list.people) {
    return <LoadState error={list.error} title={STRINGS.loadFailed} hint={list.error?.message} onRetry={list.reload} />;
  }
  if (list.people.length === 0) return <StateView kind="empty" title={q ? STRINGS.emptySearch(q) : STRINGS.empty} />;
  return (
    <View className="people-list">
      {list.people.map((p) => (
        <PersonItem
          key={p.volunteerId}
          person={p}
          busy={busy === p.volunteerId}
          onAssign={() => onAssign(p)}
          onToggleActive={() => onToggleActive(p)}
          onReinvite={() => onReinvite(p)}
        >
          {editing === p.volunteerId ? editor(p) : null}
        </PersonItem>
      ))}
      {list.error ? <Text className="form-error people-more-failed">{list.error.message}</Text> : null}
      {list.nextAfterId ? (
        <Button
          className="btn btn-secondary people-more"
          {...(list.loadingMore ? { disabled: true } : {})}
          onClick={list.more}
        >
          {list.loadingMore ? STRINGS.loadingMore : STRINGS.more}
        </Button>
      ) : (
        <Text className="muted people-end">{STRINGS.end}</Text>
      )}
    </View>
  );
}
