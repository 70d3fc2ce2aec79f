/**
 * 审计日志: city admins read who revealed a full number, opened evidence, decided an application or mediation step,
 * or changed admins, invites and service points — newest first, by kind and date, 30 at a time (加载更多). The
 * server refuses everyone else; the page says so.
 */
import { Button, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditItem } from '~/types/api/audit';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { fetchAuditLog } from '~/src/services/admin/fetchAuditLog';
import { CloudError } from '~/src/services/cloud';
import { AuditFilters, type AuditFilter } from './AuditFilters';
import { STRINGS } from './strings';
import './index.scss';

const asCloudError = (err: unknown) => (err instanceof CloudError ? err : new CloudError('INTERNAL'));

/** CST time as yyyy-mm-dd hh:mm. */
function when(ms: number): string {
  return new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

function Entry({ e }: { e: AuditItem }) {
  return (
    <View className={`card audit-entry audit-${e.kind}`}>
      <View className="audit-entry-head">
        <Text className="audit-action">{e.action}</Text>
        <Text className="muted audit-at">{when(e.at)}</Text>
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
  const [entries, setEntries] = useState<AuditItem[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [failed, setFailed] = useState<CloudError | null>(null);
  const [more, setMore] = useState(false);
  // Replies of an older filter arriving late are dropped.
  const generation = useRef(0);

  const load = useCallback((f: AuditFilter) => {
    const mine = ++generation.current;
    setFailed(null);
    setEntries(null);
    fetchAuditLog(f).then(
      (res) => {
        if (mine !== generation.current) return;
        setEntries(res.entries);
        setNext(res.next);
      },
      (err: unknown) => mine === generation.current && setFailed(asCloudError(err)),
    );
  }, []);
  useEffect(() => load(filter), [filter, load]);

  const loadMore = async () => {
    if (!next || more) return;
    const mine = generation.current;
    setMore(true);
    try {
      const res = await fetchAuditLog({ ...filter, before: next });
      if (mine !== generation.current) return;
      setEntries((old) => [...(old ?? []), ...res.entries]);
      setNext(res.next);
    } catch (err) {
      setFailed(asCloudError(err));
    } finally {
      setMore(false);
    }
  };

  let body;
  if (failed) {
    body =
      failed.code === 'FORBIDDEN' || failed.code === 'UNAUTHENTICATED' ? (
        <StateView kind="error" title={STRINGS.forbidden} hint={failed.message} />
      ) : (
        <StateView
          kind="error"
          title={STRINGS.loadError}
          hint={failed.message || STRINGS.loadErrorHint}
          onRetry={() => load(filter)}
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
          <Button className="btn btn-secondary audit-more" disabled={more} onClick={() => void loadMore()}>
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
      <AuditFilters filter={filter} onChange={setFilter} />
      {body}
    </PageShell>
  );
}
