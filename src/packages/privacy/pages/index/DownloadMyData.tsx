/** 下载我的数据 on the privacy page, beside 删除我的数据: one file of everything the system holds about the resident. */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { CloudError } from '~/src/services/cloudError';
import { downloadMyData } from '~/src/services/requests/downloadMyData';
import { STRINGS } from './strings';

/** The download card: fetches, saves, then says what the file holds (or why it failed). */
export function DownloadMyData() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      const data = await downloadMyData();
      setResult(STRINGS.download.done(data.filename, data.requests, data.notices));
    } catch (err) {
      const why = err instanceof CloudError ? err.message : err instanceof Error ? err.message : '';
      setResult(STRINGS.download.failed(why));
      Taro.showToast({ title: STRINGS.download.failed(why), icon: 'none', duration: 2500 }).catch(() => undefined);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="card privacy-section privacy-download">
      <Text className="privacy-heading">{STRINGS.download.heading}</Text>
      <Text className="privacy-text">{STRINGS.download.body}</Text>
      <Button className="btn btn-secondary download-my-data" disabled={busy} onClick={() => void run()}>
        {busy ? STRINGS.download.busy : STRINGS.download.button}
      </Button>
      {result ? <Text className="privacy-text privacy-download-result">{result}</Text> : null}
    </View>
  );
}
