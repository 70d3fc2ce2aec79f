/**
 * 首位管理员绑定: the first admin of a new deployment binds their WeChat with the secret set in the environment
 * (ADMIN_BOOTSTRAP_SECRET). The server refuses once any admin exists; later admins come by invite.
 */
import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Field, LineInput } from '~/src/components/forms';
import { PageShell } from '~/src/components/PageShell';
import { asCloudError } from '~/src/hooks/useRemote';
import { bootstrapAdmin } from '~/src/services/admin/bootstrap';
import { useAppStore } from '~/src/stores';
import { STRINGS } from './strings';
import { replacePage } from '~/src/services/navigation';
import './index.scss';

/** The page. */
export default function BootstrapPage() {
  const [secret, setSecret] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const bind = async () => {
    if (busy) return;
    if (!secret.trim() || !name.trim()) return setError(STRINGS.empty);
    setBusy(true);
    setError(null);
    try {
      await bootstrapAdmin(secret.trim(), name.trim());
      setDone(true);
      void useAppStore.getState().loadMe();
    } catch (err) {
      setError(asCloudError(err).message);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <PageShell className="bootstrap-page">
        <View className="card bootstrap-done">
          <Text className="field-label bootstrap-done-text">{STRINGS.done}</Text>
          <Button
            className="btn btn-primary btn-block to-dashboard"
            onClick={() => void replacePage('/packages/admin/pages/dashboard/index')}
          >
            {STRINGS.toDashboard}
          </Button>
        </View>
      </PageShell>
    );
  }
  return (
    <PageShell className="bootstrap-page">
      <Text className="notice bootstrap-intro">{STRINGS.intro}</Text>
      <View className="card">
        <Field label={STRINGS.secret}>
          <Input
            className="field-input bootstrap-secret"
            password
            value={secret}
            maxlength={200}
            placeholder={STRINGS.secretHint}
            onInput={(e) => setSecret(e.detail.value)}
          />
        </Field>
        <Field label={STRINGS.name}>
          <LineInput
            className="bootstrap-name"
            value={name}
            max={20}
            placeholder={STRINGS.nameHint}
            onChange={setName}
          />
        </Field>
        {error ? <Text className="form-error bootstrap-error">{error}</Text> : null}
        <Button className="btn btn-primary btn-block bootstrap-submit" onClick={() => void bind()}>
          {busy ? STRINGS.binding : STRINGS.bind}
        </Button>
      </View>
    </PageShell>
  );
}
