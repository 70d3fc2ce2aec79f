/** 隐私说明: what the app collects, who sees it, what stays on the phone, 下载我的数据 and 删除我的数据. */
import { Text, View } from '@tarojs/components';
import { PageShell } from '~/src/components/PageShell';
import { DeleteMyData } from './DeleteMyData';
import { DownloadMyData } from './DownloadMyData';
import { STRINGS } from './strings';
import './index.scss';

/** The privacy notice page. */
export default function PrivacyPage() {
  return (
    <PageShell className="privacy-page">
      <Text className="privacy-page-title">{STRINGS.title}</Text>
      <Text className="privacy-intro">{STRINGS.intro}</Text>
      {STRINGS.sections.map((s) => (
        <View key={s.heading} className="card privacy-section">
          <Text className="privacy-heading">{s.heading}</Text>
          <Text className="privacy-text">{s.body}</Text>
        </View>
      ))}
      <DownloadMyData />
      <DeleteMyData />
      <Text className="muted privacy-contact">{STRINGS.contact}</Text>
    </PageShell>
  );
}
