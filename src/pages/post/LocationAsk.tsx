/** The landing's one offer to share location (分享位置 / 不用了); drawn only while useScanLocation asks. */
import { Button, Text, View } from '@tarojs/components';
import type { ScanLocationState } from './useScanLocation';
import { STRINGS } from './strings';

/** A quiet card under the post's header: the page is fully usable without answering it. */
export function LocationAsk({ state }: { state: ScanLocationState }) {
  if (!state.asking) return null;
  return (
    <View className="card location-ask">
      <Text className="muted location-ask-text">{STRINGS.locationAsk}</Text>
      <View className="location-ask-actions">
        <Button className="btn btn-secondary location-decline" onClick={state.decline}>
          {STRINGS.locationDecline}
        </Button>
        <Button className="btn btn-primary location-allow" onClick={state.allow}>
          {STRINGS.locationAllow}
        </Button>
      </View>
    </View>
  );
}
