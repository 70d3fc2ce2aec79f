/** 附近的先锋岗: posts whose 500 m circle covers the user first; without location, by county and township. */
import { Button, Text, View } from '@tarojs/components';
import { PageShell, useElder } from '~/src/components/PageShell';
import { usePrivacySheet } from '~/src/components/PageShell/privacy';
import { StateView } from '~/src/components/StateView';
import { NearbyList } from './NearbyList';
import { NearbyMap } from './NearbyMap';
import { STRINGS } from './strings';
import { TownshipPicker } from './TownshipPicker';
import { useNearby, type NearbyState } from './useNearby';
import './index.scss';

function Summary({ state }: { state: NearbyState }) {
  const { data, township } = state;
  if (!data) return null;
  if (data.origin === 'township') return <Text className="section-title">{STRINGS.inTownship(township ?? '')}</Text>;
  return (
    <Text className={`section-title nearby-summary${data.withinCount > 0 ? ' nearby-summary-in' : ''}`}>
      {data.withinCount > 0 ? STRINGS.within(data.withinCount) : STRINGS.noneWithin}
    </Text>
  );
}

function Body({ state }: { state: NearbyState }) {
  const elder = useElder();
  const consenting = usePrivacySheet((s) => s.open);
  switch (state.phase) {
    case 'locating':
      // While the consent sheet asks, the page behind it must not say the location is being found already.
      return consenting ? (
        <StateView kind="empty" title={STRINGS.awaitingConsent} />
      ) : (
        <StateView kind="loading" title={STRINGS.locating} />
      );
    case 'loading':
      return <StateView kind="loading" title={STRINGS.loading} />;
    case 'error':
      return <StateView kind="error" title={STRINGS.error} onRetry={state.retry} />;
    case 'counties':
    case 'townships':
      return state.tree ? (
        <>
          <Text className="muted nearby-no-location">{elder ? STRINGS.noLocationShort : STRINGS.noLocation}</Text>
          <TownshipPicker
            tree={state.tree}
            county={state.county}
            onCounty={state.chooseCounty}
            onTownship={state.chooseTownship}
          />
        </>
      ) : null;
    case 'list':
      return (
        <>
          <Summary state={state} />
          {state.data && state.data.posts.length > 0 ? (
            <>
              <NearbyMap posts={state.data.posts} here={state.here} brief={elder} />
              <NearbyList posts={state.data.posts} />
            </>
          ) : (
            <Text className="muted nearby-empty">{STRINGS.empty}</Text>
          )}
        </>
      );
  }
}

/** The nearby page. */
export default function NearbyPage() {
  const state = useNearby();
  return (
    <PageShell className="nearby-page">
      <Body state={state} />
      {state.phase === 'list' && state.here === null ? (
        <View className="nearby-relocate">
          <Button className="btn btn-secondary nearby-use-location" onClick={state.useLocation}>
            {STRINGS.useLocation}
          </Button>
        </View>
      ) : null}
    </PageShell>
  );
}
