/** 删除我的数据 on the privacy page: always there, also for a resident with only drafts and no request yet. */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { CloudError } from '~/src/services/cloudError';
import { deleteEverything } from '~/src/services/requests/deleteEverything';
import { STRINGS } from './strings';

function toast(title: string) {
  Taro.showToast({ title, icon: 'none', duration: 2500 }).catch(() => undefined);
}

/** The delete card: asks first, clears the device, then the server; says which part failed, if any. */
export function DeleteMyData() {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const run = async () => {
    const answer = await Taro.showModal({
      title: STRINGS.delete.confirmTitle,
      content: STRINGS.delete.confirmText,
      confirmText: STRINGS.delete.confirmOk,
      cancelText: STRINGS.delete.cancel,
      confirmColor: '#b71c1c',
    }).catch(() => ({ confirm: false }));
    if (!answer.confirm) return;
    setBusy(true);
    try {
      await deleteEverything();
      setDone(STRINGS.delete.done);
      toast(STRINGS.delete.done);
    } catch (err) {
      const why = (err instanceof CloudError ? err : new CloudError('INTERNAL')).message;
      setDone(STRINGS.delete.serverFailed(why));
      toast(STRINGS.delete.serverFailed(why));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="card privacy-section privacy-delete">
      <Text className="privacy-heading">{STRINGS.delete.heading}</Text>
      <Text className="privacy-text">{STRINGS.delete.body}</Text>
      <Button className="btn btn-secondary delete-my-data" disabled={busy} onClick={() => void run()}>
        {STRINGS.delete.button}
      </Button>
      {done ? <Text className="privacy-text privacy-delete-result">{done}</Text> : null}
    </View>
  );
}
