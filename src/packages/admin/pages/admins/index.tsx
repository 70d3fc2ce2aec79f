/**
 * 管理员: the admins of the caller's region; 撤销 ends the rights of one below the caller (city → county and
 * township, county → its townships), after a confirmation. The server decides; the button only shows where it will.
 */
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AdminRow } from '~/types/api';
import { BusyButton } from '~/src/components/BusyButton';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { useRemote } from '~/src/hooks/useRemote';
import { fetchAdmins } from '~/src/services/admin/fetchAdmins';
import { revokeAdmin } from '~/src/services/admin/revokeAdmin';
import { LoadFailure } from '../../components/Failure';
import { confirmed, failureText, toast } from '../../shared/feedback';
import { STRINGS } from './strings';
import './index.scss';

/** The page. */
export default function AdminsPage() {
  const { data, error: failed, reload } = useRemote(fetchAdmins, []);
  const admins = data?.admins ?? null;
  const [busy, setBusy] = useState<string | null>(null);

  const revoke = async (a: AdminRow) => {
    if (busy) return;
    if (!(await confirmed({ title: STRINGS.confirmTitle, content: STRINGS.confirm(a.label, a.regionName) }))) return;
    setBusy(a.openid);
    try {
      await revokeAdmin(a.openid);
      toast(STRINGS.revoked, 'success');
      void reload();
    } catch (err) {
      toast(failureText(err, STRINGS.networkError));
    } finally {
      setBusy(null);
    }
  };

  let body;
  if (failed) {
    body = <LoadFailure error={failed} texts={STRINGS} onRetry={() => void reload()} />;
  } else if (!admins) {
    body = <StateView kind="loading" />;
  } else {
    body = (
      <>
        <Text className="notice">{STRINGS.intro}</Text>
        {admins.length <= 1 ? <Text className="muted admins-empty">{STRINGS.empty}</Text> : null}
        {admins.map((a) => (
          <View key={a.openid} className="card record-row admin-row">
            <Text className="record-name admin-name">{`${a.label}${a.self ? STRINGS.self : ''}`}</Text>
            <Text className="muted">{a.regionName}</Text>
            {a.revocable ? (
              <BusyButton
                className="btn btn-secondary admin-revoke"
                busy={busy === a.openid}
                label={STRINGS.revoke}
                onClick={() => void revoke(a)}
              />
            ) : null}
          </View>
        ))}
      </>
    );
  }
  return <PageShell className="admins-page">{body}</PageShell>;
}
