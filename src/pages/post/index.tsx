/** Post landing page (岗位首页): who and what helps near this plate, with one-tap calls. */
import { Button, Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useMemo } from 'react';
import { PageShell } from '../../components/PageShell';
import { StateView } from '../../components/StateView';
import { cityContacts } from '../../services/post/cityContacts';
import { ActionEntries } from './ActionEntries';
import { GuideEntry } from './GuideEntry';
import { LocationAsk } from './LocationAsk';
import { landingParams } from './params';
import { PostHeader } from './PostHeader';
import { PostNav } from './PostNav';
import { CityContacts, NearbyServices } from './ServiceList';
import { STRINGS } from './strings';
import { UnknownPost } from './UnknownPost';
import { useLanding } from './useLanding';
import { useScanLocation } from './useScanLocation';
import { VolunteerList } from './VolunteerList';
import { openPage } from '~/src/services/navigation';
import { offerUpdate } from '~/src/services/appUpdate';
import { IS_WEAPP } from '~/src/services/platform';
import { postCard, postFavorite, useFavorite, useShareCard } from '~/src/services/share';
import './index.scss';

function openNearby(): void {
  void openPage('/packages/nearby/pages/index/index');
}

/** The landing page. */
export default function PostPage() {
  const router = useRouter();
  const { postId, source } = useMemo(() => landingParams(router.params), [router.params]);
  const { data, loading, error, gone, scan, retry } = useLanding(postId, source);
  const location = useScanLocation(gone ? null : postId, scan);
  useShareCard(() => postCard(gone ? null : postId, data?.post.name ?? null));
  useFavorite(() => postFavorite(gone ? null : postId, data?.post.name ?? null));
  useDidShow(offerUpdate);

  if (gone) {
    return (
      <PageShell className="post-page">
        <UnknownPost reason={gone} />
      </PageShell>
    );
  }
  if (!data) {
    return (
      <PageShell className="post-page">
        {error ? (
          <>
            <StateView kind="error" title={STRINGS.networkError} hint={STRINGS.networkHint} onRetry={retry} />
            <CityContacts contacts={cityContacts()} />
          </>
        ) : (
          <StateView kind="loading" />
        )}
      </PageShell>
    );
  }
  return (
    <PageShell className="post-page">
      {error && !loading ? (
        <View className="stale-notice">
          <StateView kind="error" title={STRINGS.staleNotice} onRetry={retry} />
        </View>
      ) : null}
      <PostHeader data={data} />
      <LocationAsk state={location} />
      <GuideEntry postId={data.post.id} />
      <ActionEntries postId={data.post.id} />
      <Text className="section-title">
        {data.volunteers.some((v) => v.isMediator) ? STRINGS.volunteersAndMediators : STRINGS.volunteers}
      </Text>
      <VolunteerList volunteers={data.volunteers} />
      <NearbyServices nearby={data.nearby} />
      <CityContacts contacts={data.cityContacts.length > 0 ? data.cityContacts : cityContacts()} />
      <Button className="btn btn-secondary entry-nearby" onClick={openNearby}>
        {STRINGS.nearbyOthers}
      </Button>
      {/* The menu's 转发 is behind ··· at the top, which many elderly users never open: the same card, in plain view. */}
      {IS_WEAPP ? (
        <Button className="btn btn-secondary post-share" openType="share">
          {STRINGS.share}
        </Button>
      ) : null}
      <PostNav />
    </PageShell>
  );
}
