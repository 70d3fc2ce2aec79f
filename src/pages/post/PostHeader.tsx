/** The post's name, where it is, and the 500 m circle it anchors. */
import { Text, View } from '@tarojs/components';
import { placeLine } from '~/src/components/placeLine';
import type { LandingData } from '~/types/api';
import { STRINGS } from './strings';

/** Header card of the landing page. */
export function PostHeader({ data }: { data: LandingData }) {
  const place = placeLine(data.county.name, data.township.name, data.village.name);
  return (
    <View className="card post-header">
      <Text className="post-name">{data.post.name}</Text>
      <Text className="post-place place-line">{place}</Text>
      <Text className="muted post-address">{data.post.address}</Text>
      <Text className="post-circle">{STRINGS.circle}</Text>
    </View>
  );
}
