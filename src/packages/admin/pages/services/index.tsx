/**
 * 服务点管理: the service points of the admin's region, with the channels they serve (which requests reach them);
 * admins add and edit them here. Points of the city (the 12348 hotline) are listed but kept by the city data.
 */
import { Button, Text } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { AdminServicePoint } from '~/types/api';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { useRemote } from '~/src/hooks/useRemote';
import { fetchServicePoints } from '~/src/services/admin/fetchServicePoints';
import { useAppStore } from '~/src/stores';
import { LoadFailure } from '../../components/Failure';
import { toast } from '../../shared/feedback';
import { PointForm } from './PointForm';
import { PointList } from './PointList';
import { STRINGS } from './strings';
import './index.scss';

/** The page. */
export default function ServicesPage() {
  const me = useAppStore((s) => s.me);
  const loadMe = useAppStore((s) => s.loadMe);
  const { data, error: failed, reload } = useRemote(fetchServicePoints, []);
  const points = data?.points ?? null;
  // undefined: the list; null: a new point; a point: editing it.
  const [editing, setEditing] = useState<AdminServicePoint | null | undefined>(undefined);

  useEffect(() => {
    if (!me) void loadMe();
    // Once on open; the role is asked only when the page was opened without it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  let body;
  if (failed) {
    body = <LoadFailure error={failed} texts={STRINGS} onRetry={() => void reload()} />;
  } else if (!points || !me?.regionCode) {
    body = <StateView kind="loading" />;
  } else if (editing !== undefined) {
    body = (
      <PointForm
        point={editing}
        scope={me.regionCode}
        onCancel={() => setEditing(undefined)}
        onSaved={() => {
          toast(STRINGS.saved, 'success');
          setEditing(undefined);
          void reload();
        }}
      />
    );
  } else {
    body = (
      <>
        <Text className="notice">{STRINGS.intro}</Text>
        <Button className="btn btn-primary point-add" onClick={() => setEditing(null)}>
          {STRINGS.add}
        </Button>
        <PointList points={points} onEdit={setEditing} />
      </>
    );
  }
  return <PageShell className="services-page">{body}</PageShell>;
}
