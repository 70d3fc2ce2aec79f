/** 分配先锋岗: the posts a volunteer serves as removable chips, more added from the region's posts, then saved. */
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AdminPost, PersonRow } from '~/types/api';
import { BusyButton } from '~/src/components/BusyButton';
import { asCloudError, useRemote } from '~/src/hooks/useRemote';
import { assignPosts } from '~/src/services/admin/assignPosts';
import { fetchPosts } from '~/src/services/admin/fetchPosts';
import { SearchBar, searchClassesOf } from '../../components/SearchBar';
import { STRINGS } from './strings';

/** The contract's limit (AssignPostsInputSchema): a volunteer serves at most 20 posts. */
export const MAX_POSTS = 20;
/** Posts offered per search. */
const OFFERED = 30;

/** Props of AssignPanel. */
export interface AssignPanelProps {
  person: PersonRow;
  regionCode: string;
  onSaved: (row: PersonRow) => void;
  onCancel: () => void;
}

type Chosen = PersonRow['posts'];

/** The editor (class `assign-panel`): `assign-chip` per chosen post, `assign-option` per post to add. */
export function AssignPanel({ person, regionCode, onSaved, onCancel }: AssignPanelProps) {
  const [chosen, setChosen] = useState<Chosen>(person.posts);
  const [q, setQ] = useState('');
  const found = useRemote(
    () => fetchPosts({ regionCode, status: 'active', limit: OFFERED, ...(q ? { q } : {}) }),
    [regionCode, q],
  );
  // A new search shows 加载中 rather than the last search's posts.
  const offered = found.loading ? null : (found.data?.posts ?? null);
  const listFailed = found.error !== null;
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  const full = chosen.length >= MAX_POSTS;
  const addable = (offered ?? []).filter((p) => !chosen.some((c) => c.id === p.id));
  const remove = (id: string) => {
    setChosen((list) => list.filter((c) => c.id !== id));
    setError('');
  };
  const add = (post: AdminPost) => {
    if (full) return;
    setChosen((list) => [...list, { id: post.id, name: post.name }]);
    setError('');
  };

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setError('');
    try {
      onSaved(
        await assignPosts(
          person.volunteerId,
          chosen.map((c) => c.id),
        ),
      );
    } catch (err) {
      setError(asCloudError(err).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <View className="assign-panel">
      <Text className="assign-title">{STRINGS.assignTitle(person.name)}</Text>
      <Text className="muted">{chosen.length > 0 ? STRINGS.assignCurrent : STRINGS.assignNone}</Text>
      <View className="chips">
        {chosen.map((c) => (
          <View key={c.id} className="chip chip-on assign-chip" onClick={() => remove(c.id)}>
            <Text>{`${c.name} ✕`}</Text>
          </View>
        ))}
      </View>
      <Text className="muted">{STRINGS.assignAdd}</Text>
      <SearchBar classes={searchClassesOf('assign')} placeholder={STRINGS.assignSearchHint} onSearch={setQ} />
      {full ? <Text className="muted assign-full">{STRINGS.assignMax(MAX_POSTS)}</Text> : null}
      {!offered && !listFailed ? <Text className="muted">{STRINGS.assignLoading}</Text> : null}
      {listFailed ? <Text className="muted">{STRINGS.assignFailed}</Text> : null}
      {offered && addable.length === 0 ? <Text className="muted">{STRINGS.assignNoMatch}</Text> : null}
      <View className="chips">
        {addable.map((p) => (
          <View key={p.id} className={`chip assign-option${full ? ' chip-off' : ''}`} onClick={() => add(p)}>
            <Text>{`${p.name}（${p.villageName}）`}</Text>
          </View>
        ))}
      </View>
      {error ? <Text className="form-error assign-error">{error}</Text> : null}
      <View className="assign-buttons">
        <Button className="btn btn-secondary assign-cancel" onClick={onCancel}>
          {STRINGS.cancel}
        </Button>
        <BusyButton
          className="btn btn-primary assign-save"
          busy={saving}
          label={STRINGS.save}
          busyLabel={STRINGS.saving}
          onClick={() => void save()}
        />
      </View>
    </View>
  );
}
