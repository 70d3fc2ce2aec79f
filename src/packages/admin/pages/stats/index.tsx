/** Admin statistics page (扫码统计): the admin's whole scope, and one post picked from recent ones. */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { PageShell } from '~/src/components/PageShell';
import { useAppStore } from '~/src/stores';
import { PostPicker } from './PostPicker';
import { StatsPanel } from './StatsPanel';
import { STRINGS } from './strings';
import { useStats } from './useStats';
import './index.scss';

const open = (url: string) => () => {
  Taro.navigateTo({ url }).catch(() => undefined);
};

/** The statistics page. */
export default function StatsPage() {
  const recent = useAppStore((s) => s.recent);
  const [postId, setPostId] = useState<string | null>(recent[0]?.id ?? null);
  const scope = useStats(undefined);
  const post = useStats(postId);

  return (
    <PageShell className="stats-page">
      <StatsPanel title={STRINGS.scope} state={scope} />
      <Text className="section-title">{STRINGS.post}</Text>
      <PostPicker recent={recent} selected={postId} onSelect={setPostId} />
      {postId ? <StatsPanel title={STRINGS.post} state={post} /> : <Text className="muted">{STRINGS.pickPost}</Text>}
      <View className="admin-links">
        <Button className="btn btn-secondary admin-invite-link" onClick={open('/packages/admin/pages/invite/index')}>
          {STRINGS.invite}
        </Button>
        <Button
          className="btn btn-secondary admin-settings-link"
          onClick={open('/packages/admin/pages/settings/index')}
        >
          {STRINGS.settings}
        </Button>
      </View>
    </PageShell>
  );
}
