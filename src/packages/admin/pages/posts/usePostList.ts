/** The list of 岗位管理: the first page again on every filter change, then 加载更多 by `nextAfterId`. */
import type { AdminPost } from '~/types/api';
import type { CloudError } from '~/src/services/cloud';
import { fetchPosts } from '~/src/services/admin/fetchPosts';
import { usePaged, type Page } from '../../shared/usePaged';

/** The filters of the list; `regionCode` null is the admin's whole scope. */
export interface PostFilters {
  regionCode: string | null;
  status: 'active' | 'retired' | 'all';
  q: string;
  unserved: boolean;
}

/** What the page draws. */
export interface PostListState {
  posts: AdminPost[];
  nextAfterId: string | null;
  loading: boolean;
  error: CloudError | null;
}

/** Rows per page. */
export const PAGE_SIZE = 50;

const inputOf = (f: PostFilters, afterId?: string) => ({
  ...(f.regionCode ? { regionCode: f.regionCode } : {}),
  ...(f.status !== 'all' ? { status: f.status } : {}),
  ...(f.q.trim() ? { q: f.q.trim() } : {}),
  ...(f.unserved ? { unserved: true } : {}),
  ...(afterId ? { afterId } : {}),
  limit: PAGE_SIZE,
});

/** Loads the list for `filters`; an answer for filters no longer shown is dropped. */
export function usePostList(filters: PostFilters) {
  const { regionCode, status, q, unserved } = filters;
  const list = usePaged<AdminPost, Page<AdminPost>>(
    (after) =>
      fetchPosts(inputOf({ regionCode, status, q, unserved }, after ?? undefined)).then((data) => ({
        items: data.posts,
        next: data.nextAfterId,
      })),
    [regionCode, status, q, unserved],
  );
  const failed = list.error ?? list.moreError;
  const state: PostListState = {
    posts: list.data?.items ?? [],
    nextAfterId: list.data?.next ?? null,
    loading: (!list.data && !list.error) || list.loadingMore,
    error: failed ?? null,
  };
  const more = () => {
    if (!state.loading) list.more();
  };
  // After a failed 加载更多 重试 asks for that page again; after a failed first page, the list again.
  const retry = list.moreError ? list.more : list.reload;
  return { ...state, more, retry, refresh: list.reload };
}
