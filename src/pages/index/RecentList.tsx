/** The posts this phone visited lately, newest first: one tap reopens one. */
import { Text, View } from '@tarojs/components';
import type { RecentPost } from '../../stores/postsSlice';
import { openPost } from './navigation';
import { STRINGS } from './strings';

/** Recent posts, or a short note when there are none. */
export function RecentList({ recent }: { recent: RecentPost[] }) {
  return (
    <View className="recent">
      <Text className="section-title">{STRINGS.recent}</Text>
      {recent.length === 0 ? (
        <Text className="muted recent-empty">{STRINGS.noRecent}</Text>
      ) : (
        recent.map((p) => (
          <View key={p.id} className="card recent-post" onClick={() => openPost(p.id, 'recent')}>
            <Text className="recent-name">{p.name}</Text>
            <Text className="muted recent-village">{p.village}</Text>
          </View>
        ))
      )}
    </View>
  );
}
