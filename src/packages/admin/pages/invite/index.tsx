/**
 * 邀请工作人员: an admin invites a volunteer, mediator, staff member or admin of their region, and sees unused
 * invites. `?volunteerId=&name=&region=` (from 人员管理's 重新邀请) re-binds an existing volunteer.
 */
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { InviteData } from '~/types/api';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { useRemote } from '~/src/hooks/useRemote';
import { fetchInvites } from '~/src/services/admin/fetchInvites';
import { useAppStore } from '~/src/stores';
import { InviteForm, type Rebind } from './InviteForm';
import { InviteList } from './InviteList';
import { InviteResult } from './InviteResult';
import { STRINGS } from './strings';

/** The accept page an invite opens (work subpackage), as admin.createInvite answers it. */
const INVITE_PAGE = 'packages/work/pages/invite/index';
import './index.scss';

/** A query value that may be URI-encoded (WeChat passes it encoded, H5 may not). */
function queryValue(value: string | undefined): string {
  try {
    return decodeURIComponent(value ?? '').trim();
  } catch {
    return (value ?? '').trim();
  }
}

/** The volunteer to re-bind, when the query names one. */
function rebindOf(params: Partial<Record<string, string>>): Rebind | null {
  const volunteerId = queryValue(params.volunteerId);
  if (!volunteerId) return null;
  return { volunteerId, name: queryValue(params.name), region: queryValue(params.region) };
}

/** The page. */
export default function InvitePage() {
  const params = useRouter().params;
  const me = useAppStore((s) => s.me);
  const loadMe = useAppStore((s) => s.loadMe);
  const [checked, setChecked] = useState(me !== null);
  const [created, setCreated] = useState<InviteData | null>(null);
  const [rebind, setRebind] = useState(() => rebindOf(params));

  // The share card of a new invite opens the accept page with its code; without one, the home page (never this
  // admin page, which a stranger could not use).
  useShareAppMessage(() =>
    created
      ? { title: STRINGS.shareTitle, path: `/${created.path}` }
      : { title: STRINGS.title, path: '/pages/index/index' },
  );

  useEffect(() => {
    // Opened straight (a shared link, a reload on H5): ask who we are first.
    if (!checked) void loadMe().finally(() => setChecked(true));
  }, [checked, loadMe]);

  const isAdmin = me?.role === 'admin' && me.regionCode !== null;
  // The list stays shown while it loads again after a new invite, and when that load fails.
  const list = useRemote(isAdmin ? fetchInvites : null, [isAdmin]);

  let body;
  if (!isAdmin || !me.regionCode) {
    body = checked ? <StateView kind="error" title={STRINGS.needAdmin} /> : <StateView kind="loading" />;
  } else {
    const scope = { code: me.regionCode, name: me.regionName ?? me.regionCode };
    body = (
      <>
        {created ? (
          <InviteResult
            invite={created}
            onAnother={() => {
              // The next invite is a new person, not the same volunteer again.
              setRebind(null);
              setCreated(null);
            }}
          />
        ) : (
          <InviteForm
            scope={scope}
            rebind={rebind}
            onCreated={(invite) => {
              setCreated(invite);
              void list.reload();
            }}
          />
        )}
        <InviteList
          invites={list.data}
          failed={list.error !== null}
          onShow={(i) => {
            setCreated({ code: i.code, expiresAt: i.expiresAt, path: `${INVITE_PAGE}?code=${i.code}` });
            void Taro.pageScrollTo({ scrollTop: 0 }).catch(() => undefined);
          }}
        />
      </>
    );
  }
  return <PageShell className="invite-page">{body}</PageShell>;
}
