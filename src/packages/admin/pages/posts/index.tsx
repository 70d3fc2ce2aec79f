/** 岗位管理: the posts of a region with search and filters, and the way to add, import and print plates. */
import { Button, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { openPage } from '../../shared/feedback';
import { Filters } from './Filters';
import { PostRow } from './PostRow';
import { STRINGS } from './strings';
import { usePostList, type PostFilters } from './usePostList';
import './index.scss';

const PAGES = '/packages/admin/pages';

/** The page. */
export default function PostsPage() {
  const [filters, setFilters] = useState<PostFilters>({ regionCode: null, status: 'active', q: '', unserved: false });
  const list = usePostList(filters);
  // Back from a post, a new post or an import: the list shows what changed there.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) list.refresh();
    shown.current = true;
  });
  const [scope, setScope] = useState<{ code: string; name: string } | null>(null);
  // A township admin's whole scope is a township: its plates can be printed without picking anything.
  const region = filters.regionCode ?? scope?.code ?? '';
  const township = /^\d{9}$/.test(region) ? region : null;

  return (
    <PageShell className="posts-page">
      <View className="posts-actions">
        <Button className="btn btn-primary posts-create" onClick={() => openPage(`${PAGES}/post/index?create=1`)}>
          {STRINGS.create}
        </Button>
        <Button className="btn btn-secondary posts-import" onClick={() => openPage(`${PAGES}/import/index`)}>
          {STRINGS.import}
        </Button>
        <Button
          className="btn btn-secondary posts-plates"
          {...(township ? {} : { disabled: true })}
          onClick={() => township && openPage(`${PAGES}/plates/index?township=${township}`)}
        >
          {STRINGS.plates}
        </Button>
        {township ? null : <Text className="muted posts-plates-hint">{STRINGS.platesHint}</Text>}
      </View>
      <Filters filters={filters} onChange={(next) => setFilters((f) => ({ ...f, ...next }))} onScope={setScope} />
      <View className="card post-list">
        {list.posts.map((p) => (
          <PostRow
            key={p.id}
            post={p}
            onOpen={(id) => openPage(`${PAGES}/post/index?postId=${encodeURIComponent(id)}`)}
          />
        ))}
        {list.error ? (
          <StateView kind="error" error={list.error} title={list.error.message} onRetry={list.retry} />
        ) : null}
        {!list.error && list.loading ? <StateView kind="loading" /> : null}
        {!list.error && !list.loading && list.posts.length === 0 ? (
          <StateView kind="empty" title={STRINGS.empty} />
        ) : null}
        {list.nextAfterId && !list.loading && !list.error ? (
          <Button className="btn btn-secondary posts-more" onClick={list.more}>
            {STRINGS.more}
          </Button>
        ) : null}
        {!list.nextAfterId && !list.loading && list.posts.length > 0 ? (
          <Text className="muted posts-end">{STRINGS.end}</Text>
        ) : null}
      </View>
    </PageShell>
  );
}
