/** The list of 岗位管理: the first page again on every filter change, then 加载更多 by `nextAfterId`. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdminPost } from '~/types/api';
import { fetchPosts } from '~/src/services/admin/fetchPosts';

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
  error: string | null;
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
  const [state, setState] = useState<PostListState>({ posts: [], nextAfterId: null, loading: true, error: null });
  const seq = useRef(0);

  const load = useCallback((f: PostFilters, afterId?: string) => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true, error: null, ...(afterId ? {} : { posts: [], nextAfterId: null }) }));
    fetchPosts(inputOf(f, afterId)).then(
      (data) => {
        if (mine !== seq.current) return;
        setState((s) => ({
          posts: afterId ? [...s.posts, ...data.posts] : data.posts,
          nextAfterId: data.nextAfterId,
          loading: false,
          error: null,
        }));
      },
      (err: unknown) => {
        if (mine !== seq.current) return;
        setState((s) => ({ ...s, loading: false, error: err instanceof Error ? err.message : String(err) }));
      },
    );
  }, []);

  const { regionCode, status, q, unserved } = filters;
  useEffect(() => {
    load({ regionCode, status, q, unserved });
  }, [load, regionCode, status, q, unserved]);

  const more = () => {
    if (state.nextAfterId && !state.loading) load(filters, state.nextAfterId);
  };
  const retry = () => load(filters, state.posts.length > 0 ? (state.nextAfterId ?? undefined) : undefined);
  const refresh = () => load(filters);
  return { ...state, more, retry, refresh };
}
