/**
 * 管理员: the admins of the caller's region; 撤销 ends the rights of one below the caller (city → county and
 * township, county → its townships), after a confirmation. The server decides; the button only shows where it will.
 */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { AdminRow } from '~/types/api';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { asCloudError, useRemote } from '~/src/hooks/useRemote';
import { fetchAdmins } from '~/src/services/admin/fetchAdmins';
import { revokeAdmin } from '~/src/services/admin/revokeAdmin';
import { STRINGS } from './strings';
import './index.scss';

/** The page. */
export default function AdminsPage() {
  const { data, error: failed, reload } = useRemote(fetchAdmins, []);
  const admins = data?.admins ?? null;
  const [busy, setBusy] = useState<string | null>(null);

  const revoke = async (a: AdminRow) => {
    if (busy) return;
    const ok = await Taro.showModal({
      title: STRINGS.confirmTitle,
      content: STRINGS.confirm(a.label, a.regionName),
    }).then(
      (r) => r.confirm,
      () => false,
    );
    if (!ok) return;
    setBusy(a.openid);
    try {
      await revokeAdmin(a.openid);
      Taro.showToast({ title: STRINGS.revoked, icon: 'success' }).catch(() => undefined);
      void reload();
    } catch (err) {
      const e = asCloudError(err);
      Taro.showToast({ title: e.code === 'NETWORK' ? STRINGS.networkError : e.message, icon: 'none' }).catch(
        () => undefined,
      );
    } finally {
      setBusy(null);
    }
  };

  let body;
  if (failed) {
    body =
      failed.code === 'FORBIDDEN' || failed.code === 'UNAUTHENTICATED' ? (
        <StateView kind="error" title={STRINGS.needAdmin} hint={failed.message} />
      ) : (
        <StateView kind="error" title={STRINGS.loadError} hint={STRINGS.loadErrorHint} onRetry={() => void reload()} />
      );
  } else if (!admins) {
    body = <StateView kind="loading" />;
  } else {
    body = (
      <>
        <Text className="notice">{STRINGS.intro}</Text>
        {admins.length <= 1 ? <Text className="muted admins-empty">{STRINGS.empty}</Text> : null}
        {admins.map((a) => (
          <View key={a.openid} className="card admin-row">
            <Text className="admin-name">{`${a.label}${a.self ? STRINGS.self : ''}`}</Text>
            <Text className="muted">{a.regionName}</Text>
            {a.revocable ? (
              <Button
                className="btn btn-secondary admin-revoke"
                {...(busy === a.openid ? { disabled: true } : {})}
                onClick={() => void revoke(a)}
              >
                {STRINGS.revoke}
              </Button>
            ) : null}
          </View>
        ))}
      </>
    );
  }
  return <PageShell className="admins-page">{body}</PageShell>;
}
