/**
 * 答复时限: the answer promise in hours. Every admin sees it; only the city's admins (the city bureau) change it,
 * and the server refuses anyone else with FORBIDDEN, whose message is shown.
 */
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { CITY_CODE } from '~/types/ids';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { useRemote } from '~/src/hooks/useRemote';
import { fetchSettings } from '~/src/services/admin/fetchSettings';
import { updateSettings } from '~/src/services/admin/updateSettings';
import { useAppStore } from '~/src/stores';
import { LoadFailure } from '../../components/Failure';
import { failureText, toast } from '../../shared/feedback';
import { HoursStepper } from './HoursStepper';
import { STRINGS } from './strings';
import './index.scss';

const MIN_HOURS = 2;
const MAX_HOURS = 72;

/** The page. */
export default function SettingsPage() {
  const me = useAppStore((s) => s.me);
  const loadMe = useAppStore((s) => s.loadMe);
  const remote = useRemote(fetchSettings, []);
  const loadError = remote.error;
  const saved = remote.data?.questionPromiseHours ?? null;
  // What the stepper shows: the saved figure until the admin changes it.
  const [picked, setHours] = useState<number | null>(null);
  const hours = picked ?? saved ?? 24;
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!me) void loadMe();
    // Once on open; the role is asked only when the page was opened without it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const canChange = me?.role === 'admin' && me.regionCode === CITY_CODE;

  const save = async () => {
    if (saving) return;
    setMessage(null);
    setSaving(true);
    try {
      remote.setData(await updateSettings(hours));
      setHours(null);
      toast(STRINGS.saved, 'success');
    } catch (err) {
      setMessage(failureText(err, STRINGS.networkError));
    } finally {
      setSaving(false);
    }
  };

  let body;
  if (saved === null) {
    body = loadError ? (
      <LoadFailure error={loadError} texts={STRINGS} onRetry={() => void remote.reload()} />
    ) : (
      <StateView kind="loading" />
    );
  } else {
    body = (
      <View className="card settings-card">
        <Text className="section-title">{STRINGS.promise}</Text>
        <Text className="muted settings-explain">{STRINGS.explain}</Text>
        {canChange ? (
          <>
            <HoursStepper value={hours} min={MIN_HOURS} max={MAX_HOURS} onChange={setHours} />
            <Text className="muted settings-range">{STRINGS.range}</Text>
            {message ? <Text className="form-error settings-error">{message}</Text> : null}
            <Button
              className="btn btn-primary settings-save"
              {...(saving || hours === saved ? { disabled: true } : {})}
              onClick={() => void save()}
            >
              {saving ? STRINGS.saving : STRINGS.save}
            </Button>
          </>
        ) : (
          <>
            <Text className="hours-value hours-readonly">{STRINGS.hours(saved)}</Text>
            <Text className="notice settings-city-only">{STRINGS.cityOnly}</Text>
          </>
        )}
      </View>
    );
  }
  return <PageShell className="settings-page">{body}</PageShell>;
}
