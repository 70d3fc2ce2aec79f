/** The post's name, where it is, and the 500 m circle it anchors. */
import { Text, View } from '@tarojs/components';
import type { LandingData } from '~/types/api';
import { STRINGS } from './strings';

/** Header card of the landing page. */
export function PostHeader({ data }: { data: LandingData }) {
  // A line breaks only after a separator, never inside a name (elder mode at 360 px split 锦绣社/区): a no-break space
  // keeps each dot with the name before it, and `word-break: keep-all` keeps a name's characters together.
  const place = [data.county.name, data.township.name, data.village.name].filter(Boolean).join('\u00a0· ');
  return (
    <View className="card post-header">
      <Text className="post-name">{data.post.name}</Text>
      <Text className="post-place">{place}</Text>
      <Text className="muted post-address">{data.post.address}</Text>
      <Text className="post-circle">{STRINGS.circle}</Text>
    </View>
  );
}
