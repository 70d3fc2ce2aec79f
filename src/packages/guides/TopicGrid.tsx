/** The topics as a two-column grid of big buttons. */
import { Text, View } from '@tarojs/components';
import type { Topic } from '../../services/guides/types';
import { openTopic } from './navigation';

/** Every topic; a tap opens its guides. */
export function TopicGrid({ topics, postId }: { topics: readonly Topic[]; postId: string | null }) {
  return (
    <View className="topic-grid">
      {topics.map((t) => (
        <View key={t.id} className="guide-topic" onClick={() => openTopic(t.id, postId)}>
          <Text className="guide-topic-name">{t.name}</Text>
          <Text className="guide-topic-hint">{t.hint}</Text>
        </View>
      ))}
    </View>
  );
}
