/** Admin statistics page (扫码统计): the admin's whole scope, and one post picked from recent ones. */
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ButtonList } from '~/src/components/ButtonList';
import { PageShell } from '~/src/components/PageShell';
import { useAppStore } from '~/src/stores';
import { openPage } from '../../shared/feedback';
import { PostPicker } from './PostPicker';
import { StatsPanel } from './StatsPanel';
import { STRINGS } from './strings';
import { useStats } from './useStats';
import './index.scss';

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
        <ButtonList
          items={[
            {
              className: 'admin-invite-link',
              label: STRINGS.invite,
              onClick: () => openPage('/packages/admin/pages/invite/index'),
            },
            {
              className: 'admin-settings-link',
              label: STRINGS.settings,
              onClick: () => openPage('/packages/admin/pages/settings/index'),
            },
          ]}
        />
      </View>
    </PageShell>
  );
}
