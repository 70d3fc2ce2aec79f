/** 邀请工作人员: an admin invites a volunteer, mediator or staff member of their region, and sees unused invites. */
import { useCallback, useEffect, useState } from 'react';
import type { InviteData, InviteSummary } from '../../../../../types/api';
import { PageShell } from '../../../../components/PageShell';
import { StateView } from '../../../../components/StateView';
import { fetchInvites } from '../../../../services/admin/fetchInvites';
import { useAppStore } from '../../../../stores';
import { InviteForm } from './InviteForm';
import { InviteList } from './InviteList';
import { InviteResult } from './InviteResult';
import { STRINGS } from './strings';
import './index.scss';

/** The page. */
export default function InvitePage() {
  const me = useAppStore((s) => s.me);
  const loadMe = useAppStore((s) => s.loadMe);
  const [checked, setChecked] = useState(me !== null);
  const [created, setCreated] = useState<InviteData | null>(null);
  const [invites, setInvites] = useState<InviteSummary[] | null>(null);
  const [listFailed, setListFailed] = useState(false);

  const loadList = useCallback(() => {
    fetchInvites().then(
      (list) => {
        setInvites(list);
        setListFailed(false);
      },
      () => setListFailed(true),
    );
  }, []);

  useEffect(() => {
    // Opened straight (a shared link, a reload on H5): ask who we are first.
    if (!checked) void loadMe().finally(() => setChecked(true));
  }, [checked, loadMe]);

  const isAdmin = me?.role === 'admin' && me.regionCode !== null;
  useEffect(() => {
    if (isAdmin) loadList();
  }, [isAdmin, loadList]);

  let body;
  if (!isAdmin || !me.regionCode) {
    body = checked ? <StateView kind="error" title={STRINGS.needAdmin} /> : <StateView kind="loading" />;
  } else {
    const scope = { code: me.regionCode, name: me.regionName ?? me.regionCode };
    body = (
      <>
        {created ? (
          <InviteResult invite={created} onAnother={() => setCreated(null)} />
        ) : (
          <InviteForm
            scope={scope}
            onCreated={(invite) => {
              setCreated(invite);
              loadList();
            }}
          />
        )}
        <InviteList invites={invites} failed={listFailed} />
      </>
    );
  }
  return <PageShell className="invite-page">{body}</PageShell>;
}
