/**
 * 审计日志: city admins read who revealed a full number, opened evidence, decided an application or mediation step,
 * or changed admins, invites and service points — newest first, by kind and date, 30 at a time (加载更多). The
 * server refuses everyone else; the page says so.
 */
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AuditItem } from '~/types/api/audit';
import { cstMinute } from '~/types/day';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { fetchAuditLog } from '~/src/services/admin/fetchAuditLog';
import { loadFailureKind } from '~/src/services/loadFailure';
import { usePaged, type Page } from '../../shared/usePaged';
import { AuditFilters, type AuditFilter } from './AuditFilters';
import { STRINGS } from './strings';
import './index.scss';

type AuditPage = Page<AuditItem>;

function Entry({ e }: { e: AuditItem }) {
  return (
    <View className={`card audit-entry audit-${e.kind}`}>
      <View className="audit-entry-head">
        <Text className="audit-action">{e.action}</Text>
        <Text className="muted audit-at">{cstMinute(e.at)}</Text>
      </View>
      <Text className="audit-line audit-who">{`${STRINGS.who}：${e.actorName || '—'}（${e.actorRole}）`}</Text>
      <Text className="audit-line audit-record">{`${STRINGS.record}：${e.record}`}</Text>
      {e.detail ? <Text className="audit-line muted audit-detail">{`${STRINGS.detail}：${e.detail}`}</Text> : null}
    </View>
  );
}

/** The page. */
export default function AuditPage() {
  const [filter, setFilter] = useState<AuditFilter>({});
  const list = usePaged<AuditItem, AuditPage>(
    (after) =>
      fetchAuditLog({ ...filter, ...(after ? { before: after } : {}) }).then((res) => ({
        items: res.entries,
        next: res.next,
      })),
    [filter],
  );
  const entries = list.data?.items ?? null;
  const next = list.data?.next ?? null;
  const more = list.loadingMore;
  // A failed 加载更多 is said as the whole list's failure; 重试 loads the list again.
  const failed = list.error ?? list.moreError;

  // A refusal (not a city admin) reads 无权查看 with the server's reason, once, and no filters that cannot be used.
  const refused = failed ? loadFailureKind(failed) === 'refused' : false;

  let body;
  if (failed) {
    body = (
      <StateView
        kind="error"
        error={failed}
        title={STRINGS.loadError}
        hint={failed.message || STRINGS.loadErrorHint}
        onRetry={list.reload}
      />
    );
  } else if (!entries) {
    body = <StateView kind="loading" />;
  } else if (entries.length === 0) {
    body = <StateView kind="empty" title={STRINGS.empty} />;
  } else {
    body = (
      <View className="audit-list">
        {entries.map((e) => (
          <Entry key={e.id} e={e} />
        ))}
        {next ? (
          <Button className="btn btn-secondary audit-more" disabled={more} onClick={list.more}>
            {more ? STRINGS.loadingMore : STRINGS.more}
          </Button>
        ) : (
          <Text className="muted audit-end">{STRINGS.end}</Text>
        )}
      </View>
    );
  }
  return (
    <PageShell className="audit-page">
      <Text className="notice audit-intro">{STRINGS.intro}</Text>
      {refused ? null : <AuditFilters filter={filter} onChange={setFilter} />}
      {body}
    </PageShell>
  );
}
