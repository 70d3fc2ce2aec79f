/**
 * One post of 岗位管理: name, where it is, its status and how many volunteers serve it, mediators among them (or a
 * red 无志愿者).
 */
import { Text, View } from '@tarojs/components';
import type { AdminPost } from '~/types/api';
import { STRINGS } from './strings';

/** The row (class `post-row`); tapping opens the post. */
export function PostRow({ post, onOpen }: { post: AdminPost; onOpen: (id: string) => void }) {
  const retired = post.status === 'retired';
  return (
    <View className={`post-row${retired ? ' post-row-retired' : ''}`} onClick={() => onOpen(post.id)}>
      <View className="post-row-head">
        <Text className="post-row-name">{post.name}</Text>
        {retired ? <Text className="badge post-row-status">{STRINGS.retired}</Text> : null}
      </View>
      <Text className="muted post-row-where place-line">{STRINGS.where(post.townshipName, post.villageName)}</Text>
      {post.volunteers > 0 ? (
        <Text className="post-row-volunteers">{STRINGS.volunteers(post.volunteers, post.mediators)}</Text>
      ) : (
        <Text className="post-row-unserved">{STRINGS.unserved}</Text>
      )}
    </View>
  );
}
