/** Home page (首页): a big scan button, 消息, recent posts, the worker's 工作台 and the admin's pages by role. */
import { Button, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect } from 'react';
import { PageShell } from '../../components/PageShell';
import { offerUpdate } from '../../services/appUpdate';
import { sayOwedOnHome } from '../../services/homeNotice';
import { homeCard, useShareCard } from '../../services/share';
import { useAppStore } from '../../stores';
import { DemoSwitcher } from './DemoSwitcher';
import { GuideEntry } from './GuideEntry';
import { MyRequestsEntry } from './MyRequestsEntry';
import { MessagesEntry } from './MessagesEntry';
import { openNearby, openPrivacy } from './navigation';
import { RecentList } from './RecentList';
import { RoleEntries } from './RoleEntries';
import { canScan, scanPost } from './scanPost';
import { StaffEntry } from './StaffEntry';
import { STRINGS } from './strings';
import './index.scss';

/** The home page. */
export default function HomePage() {
  const recent = useAppStore((s) => s.recent);
  const me = useAppStore((s) => s.me);
  const loadMe = useAppStore((s) => s.loadMe);
  useShareCard(homeCard);
  useDidShow(() => {
    sayOwedOnHome();
    offerUpdate();
  });

  useEffect(() => {
    void loadMe();
  }, [loadMe]);

  return (
    <PageShell className="home-page">
      <View className="home-hero">
        <Text className="home-title">{STRINGS.intro}</Text>
        {canScan() ? (
          <>
            <Button className="btn btn-primary scan-button" onClick={() => void scanPost()}>
              {STRINGS.scan}
            </Button>
            <Text className="muted scan-hint">{STRINGS.scanHint}</Text>
          </>
        ) : (
          <Text className="scan-hint scan-in-wechat">{STRINGS.scanInWeChat}</Text>
        )}
      </View>
      <RoleEntries me={me} />
      <GuideEntry />
      <Button className="btn btn-secondary entry-nearby" onClick={openNearby}>
        {STRINGS.nearby}
      </Button>
      <MessagesEntry />
      <MyRequestsEntry />
      <RecentList recent={recent} />
      <DemoSwitcher />
      <View className="home-footer">
        <Text className="privacy-link" onClick={openPrivacy}>
          {STRINGS.privacy}
        </Text>
        <StaffEntry me={me} />
      </View>
    </PageShell>
  );
}
