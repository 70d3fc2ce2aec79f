/** The list of posts: those whose 500 m circle covers the user first, each with 进入 / 导航 / 复制地址. */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { NearbyPost } from '~/types/api';
import { openMap } from '~/src/services/geo/openMap';
import { STRINGS } from './strings';
import { openPage } from '~/src/services/navigation';
import { landingUrl } from '~/src/services/post/landingUrl';

function enter(post: NearbyPost): void {
  void openPage(landingUrl(post.id, 'manual'));
}

function navigate(post: NearbyPost): void {
  openMap({ lat: post.lat, lng: post.lng, name: post.name, address: post.address }, 17);
}

function copy(post: NearbyPost): void {
  Taro.setClipboardData({ data: post.address })
    .then(() => Taro.showToast({ title: STRINGS.copied, icon: 'none' }))
    .catch(() => undefined);
}

/** One post card. */
function PostCard({ post }: { post: NearbyPost }) {
  return (
    <View className={`card nearby-post${post.inCircle ? ' nearby-post-in' : ''}`}>
      <View className="nearby-post-head">
        <Text className="nearby-post-name">{post.name}</Text>
        {post.distanceM !== null ? <Text className="nearby-distance">{STRINGS.distance(post.distanceM)}</Text> : null}
      </View>
      {post.inCircle ? <Text className="badge nearby-in-circle">{STRINGS.inCircle}</Text> : null}
      <Text className="muted nearby-address">{post.address}</Text>
      <View className="nearby-actions">
        <Button className="btn btn-primary nearby-enter" onClick={() => enter(post)}>
          {STRINGS.enter}
        </Button>
        <Button className="btn btn-secondary nearby-navigate" onClick={() => navigate(post)}>
          {STRINGS.navigate}
        </Button>
        <Button className="btn btn-secondary nearby-copy" onClick={() => copy(post)}>
          {STRINGS.copy}
        </Button>
      </View>
    </View>
  );
}

/** Posts in the given order, the server's "within first" order kept but made sure of. */
export function NearbyList({ posts }: { posts: NearbyPost[] }) {
  const within = posts.filter((p) => p.inCircle === true);
  const beyond = posts.filter((p) => p.inCircle !== true);
  return (
    <View className="nearby-list">
      {within.map((p) => (
        <PostCard key={p.id} post={p} />
      ))}
      {beyond.length > 0 && within.length > 0 ? <Text className="section-title">{STRINGS.beyond}</Text> : null}
      {beyond.map((p) => (
        <PostCard key={p.id} post={p} />
      ))}
    </View>
  );
}
