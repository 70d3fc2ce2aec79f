/** What a search with no match shows: say so plainly and offer the free hotline. */
import { View } from '@tarojs/components';
import { CallButton } from '../../components/CallButton';
import { StateView } from '../../components/StateView';
import { STRINGS } from './strings';

/** The empty state of the guide search, with a 12348 call button. */
export function NoResults() {
  return (
    <View className="card guide-empty">
      <StateView kind="empty" title={STRINGS.noResults} hint={STRINGS.noResultsHint} />
      <CallButton phone="12348" label={STRINGS.callHotline} />
    </View>
  );
}
