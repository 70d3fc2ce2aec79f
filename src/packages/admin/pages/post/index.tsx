/** 先锋岗详情 (`?postId=`) or 新增先锋岗 (`?create=1[&lat=&lng=&villageCode=]`). */
import { Text } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { PageShell } from '~/src/components/PageShell';
import { LoadState, StateView } from '~/src/components/StateView';
import { useRemote } from '~/src/hooks/useRemote';
import { fetchPost } from '~/src/services/admin/fetchPost';
import { CreateForm } from './CreateForm';
import { EditForm } from './EditForm';
import { MoveForm } from './MoveForm';
import { PostActions } from './PostActions';
import { PostInfo } from './PostInfo';
import { STRINGS } from './strings';
import { replacePage } from '~/src/services/navigation';
import './index.scss';

function Detail({ postId }: { postId: string }) {
  const { data: detail, error, reload } = useRemote(() => fetchPost(postId), [postId]);
  const load = () => void reload();

  // A reload after a save keeps the page; only a first load that fails replaces it with the error.
  if (!detail) return <LoadState error={error} title={error?.message ?? ''} onRetry={load} />;
  const { post } = detail;
  const saved = () => {
    Taro.showToast({ title: STRINGS.saved, icon: 'none' }).catch(() => undefined);
    load();
  };
  return (
    <>
      <PostInfo detail={detail} />
      {/* A retired post is not edited, moved or printed (the server refuses its plates): restore it first. */}
      {post.status === 'retired' ? (
        <Text className="notice post-retired-note">{STRINGS.retiredNote}</Text>
      ) : (
        <>
          <EditForm key={`${post.name}|${post.address}`} post={post} onSaved={saved} />
          <MoveForm key={`${post.lat},${post.lng}`} post={post} onSaved={saved} />
        </>
      )}
      <PostActions post={post} onChanged={load} />
    </>
  );
}

/** The page. */
export default function PostPage() {
  const params = useRouter().params;
  const create = params.create === '1';
  useEffect(() => {
    Taro.setNavigationBarTitle({ title: create ? STRINGS.createTitle : STRINGS.detailTitle }).catch(() => undefined);
  }, [create]);

  let body;
  if (create) {
    body = (
      <CreateForm
        prefill={{ lat: params.lat, lng: params.lng, villageCode: params.villageCode }}
        onCreated={(post) => {
          void replacePage(`/packages/admin/pages/post/index?postId=${encodeURIComponent(post.id)}`);
        }}
      />
    );
  } else if (params.postId) {
    body = <Detail postId={decodeURIComponent(params.postId)} />;
  } else {
    body = <StateView kind="error" title={STRINGS.missingPost} />;
  }
  return <PageShell className="post-admin-page">{body}</PageShell>;
}
