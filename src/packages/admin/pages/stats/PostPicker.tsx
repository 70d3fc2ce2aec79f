/** Picks the post to show: a recent one (chips) or a typed id. */
import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { POST_ID_PATTERN } from '~/types/ids';
import type { RecentPost } from '~/src/stores/postsSlice';
import { STRINGS } from './strings';

/** Props of PostPicker. */
export interface PostPickerProps {
  recent: RecentPost[];
  selected: string | null;
  onSelect: (postId: string) => void;
}

/** Recent posts as chips, plus an id box with a query button. */
export function PostPicker({ recent, selected, onSelect }: PostPickerProps) {
  const [typed, setTyped] = useState('');
  const [bad, setBad] = useState(false);
  const submit = () => {
    const id = typed.trim();
    setBad(!POST_ID_PATTERN.test(id));
    if (POST_ID_PATTERN.test(id)) onSelect(id);
  };
  return (
    <View className="post-picker">
      <View className="post-chips">
        {recent.map((p) => (
          <View
            key={p.id}
            className={`post-chip ${p.id === selected ? 'post-chip-on' : ''}`}
            onClick={() => onSelect(p.id)}
          >
            <Text>{p.name}</Text>
          </View>
        ))}
      </View>
      <View className="post-query">
        <View className="post-id-box">
          <Input
            className="post-id-input"
            value={typed}
            placeholder={STRINGS.postIdPlaceholder}
            maxlength={32}
            onInput={(e) => setTyped(e.detail.value)}
            onConfirm={submit}
          />
        </View>
        <Button className="btn btn-primary post-query-button" onClick={submit}>
          {STRINGS.query}
        </Button>
      </View>
      {bad ? <Text className="muted">{STRINGS.badPostId}</Text> : null}
    </View>
  );
}
