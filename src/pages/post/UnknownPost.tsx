/** The friendly page for an unknown or retired post: still offers the city's numbers (bundled, offline). */
import { Button, Text, View } from '@tarojs/components';
import { cityContacts } from '../../services/post/cityContacts';
import type { GoneReason } from './useLanding';
import { CityContacts } from './ServiceList';
import { STRINGS } from './strings';
import { restartAt } from '~/src/services/navigation';

/** Says the post cannot be found (or was retired), lists whom to call, and leads back home. */
export function UnknownPost({ reason }: { reason: GoneReason }) {
  const goHome = () => {
    void restartAt('/pages/index/index');
  };
  return (
    <View className="unknown-post">
      <View className="card unknown-card">
        <Text className="unknown-title">{reason === 'retired' ? STRINGS.retired : STRINGS.notFound}</Text>
        <Text className="muted unknown-hint">{STRINGS.unknownHint}</Text>
      </View>
      <CityContacts contacts={cityContacts()} />
      <Button className="btn btn-secondary back-home" onClick={goHome}>
        {STRINGS.backHome}
      </Button>
    </View>
  );
}
