/** Home page (首页): a big scan button, recent posts, and the admin entry for admins. */
import { Button, Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { PageShell } from '../../components/PageShell';
import { useAppStore } from '../../stores';
import { DemoSwitcher } from './DemoSwitcher';
import { GuideEntry } from './GuideEntry';
import { MyRequestsEntry } from './MyRequestsEntry';
import { openNearby, openPrivacy, openStats } from './navigation';
import { RecentList } from './RecentList';
import { scanPost } from './scanPost';
import { STRINGS } from './strings';
import './index.scss';

/** The home page. */
export default function HomePage() {
  const recent = useAppStore((s) => s.recent);
  const isAdmin = useAppStore((s) => s.me?.role === 'admin');
  const loadMe = useAppStore((s) => s.loadMe);

  useEffect(() => {
    void loadMe();
  }, [loadMe]);

  return (
    <PageShell className="home-page">
      <View className="home-hero">
        <Text className="home-title">{STRINGS.intro}</Text>
        <Button className="btn btn-primary scan-button" onClick={() => void scanPost()}>
          {STRINGS.scan}
        </Button>
        <Text className="muted scan-hint">{STRINGS.scanHint}</Text>
      </View>
      <GuideEntry />
      <Button className="btn btn-secondary entry-nearby" onClick={openNearby}>
        {STRINGS.nearby}
      </Button>
      <MyRequestsEntry />
      {isAdmin ? (
        <Button className="btn btn-secondary stats-entry" onClick={openStats}>
          {STRINGS.stats}
        </Button>
      ) : null}
      <RecentList recent={recent} />
      <DemoSwitcher />
      <View className="home-footer">
        <Text className="privacy-link" onClick={openPrivacy}>
          {STRINGS.privacy}
        </Text>
      </View>
    </PageShell>
  );
}
