/** A list of guides as big tappable cards: the question, and the topic it belongs to. */
import { Text, View } from '@tarojs/components';
import { topicById } from '../../services/guides/catalog';
import type { Guide } from '../../services/guides/types';
import { openGuide } from './navigation';

/** Props of GuideList. */
export interface GuideListProps {
  guides: readonly Guide[];
  postId: string | null;
  /** Hide the topic line where every guide shares it (a topic's own page). */
  showTopic?: boolean;
}

/** One card per guide; a tap opens it. */
export function GuideList({ guides, postId, showTopic = true }: GuideListProps) {
  return (
    <View className="guide-list">
      {guides.map((g) => (
        <View key={g.id} className="card guide-result" onClick={() => openGuide(g.id, postId)}>
          <Text className="guide-title">{g.title}</Text>
          {showTopic ? <Text className="muted guide-result-topic">{topicById(g.topic)?.name ?? ''}</Text> : null}
        </View>
      ))}
    </View>
  );
}
