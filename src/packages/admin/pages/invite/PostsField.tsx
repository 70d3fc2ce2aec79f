/** 服务的先锋岗 of a volunteer: tap the posts of the chosen township, or type post ids separated by commas. */
import { Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { NEARBY_LIMIT, type NearbyPost } from '~/types/api';
import { fetchTownshipPosts } from '~/src/services/admin/fetchTownships';
import { STRINGS } from './strings';

/** Township codes have 9 digits; only then are its posts listed. */
const isTownship = (code: string) => /^\d{9}$/.test(code);

/** The ids in a typed list ("A, B，C"): split on commas (either width) and spaces, blanks dropped. */
export function splitIds(text: string): string[] {
  return text
    .split(/[,，、\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Props of PostsField. */
export interface PostsFieldProps {
  regionCode: string;
  picked: string[];
  onPicked: (ids: string[]) => void;
  typed: string;
  onTyped: (text: string) => void;
}

/** The post chips (class `post-option`) and the typed list (class `input-post-ids`). */
export function PostsField({ regionCode, picked, onPicked, typed, onTyped }: PostsFieldProps) {
  const [posts, setPosts] = useState<NearbyPost[] | null>(null);

  useEffect(() => {
    setPosts(null);
    if (!isTownship(regionCode)) return;
    let live = true;
    fetchTownshipPosts(regionCode).then(
      (list) => live && setPosts(list),
      () => live && setPosts([]),
    );
    return () => {
      live = false;
    };
  }, [regionCode]);

  const toggle = (id: string) => onPicked(picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id]);

  return (
    <View className="posts-field">
      {!isTownship(regionCode) ? <Text className="muted">{STRINGS.postsNone}</Text> : null}
      {isTownship(regionCode) && !posts ? <Text className="muted">{STRINGS.postsLoading}</Text> : null}
      {posts && posts.length > 0 ? (
        <>
          <Text className="muted">
            {posts.length >= NEARBY_LIMIT ? STRINGS.postsPickFirst(posts.length) : STRINGS.postsPick}
          </Text>
          <View className="chips">
            {posts.map((p) => (
              <View
                key={p.id}
                className={`chip post-option${picked.includes(p.id) ? ' chip-on' : ''}`}
                onClick={() => toggle(p.id)}
              >
                <Text>{p.name}</Text>
              </View>
            ))}
          </View>
        </>
      ) : null}
      <Text className="muted">{STRINGS.postsTyped}</Text>
      <Input
        className="field-input input-post-ids"
        value={typed}
        placeholder={STRINGS.postsHint}
        onInput={(e) => onTyped(e.detail.value)}
      />
    </View>
  );
}
