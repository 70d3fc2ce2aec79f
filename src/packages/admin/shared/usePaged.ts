/**
 * A list loaded a page at a time, composed around useRemote: the first page is useRemote's load (so a reply for an
 * older filter is dropped, and 重试 is its reload); 加载更多 appends the next page unless the list has been loaded
 * again since it was asked for.
 */
import { useRef, useState, type DependencyList } from 'react';
import { asCloudError, useRemote } from '~/src/hooks/useRemote';
import type { CloudError } from '~/src/services/cloud';

/** One page: its rows and where the next begins (null: this was the last). Replies may carry more fields. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/** What a paged list draws from. */
export interface Paged<T, P extends Page<T>> {
  /** The first page's reply with every row loaded since; null while the first page loads or when it failed. */
  data: P | null;
  /** The first page's failure. */
  error: CloudError | null;
  /** The last 加载更多's failure; cleared when another starts or the list loads again. */
  moreError: CloudError | null;
  loadingMore: boolean;
  reload: () => void;
  more: () => void;
  /** Changes what is shown after an action on the page (a row changed, a count moved). */
  update: (change: (data: P) => P) => void;
}

/**
 * Loads `loadPage(null)` on mount and when `deps` change, `loadPage(next)` on more(); `loadPage` null waits.
 */
export function usePaged<T, P extends Page<T>>(
  loadPage: ((after: string | null) => Promise<P>) | null,
  deps: DependencyList,
): Paged<T, P> {
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<CloudError | null>(null);
  // Every first-page load takes a new generation; a page asked for under an older one is not appended.
  const generation = useRef(0);
  const remote = useRemote(
    loadPage &&
      (() => {
        generation.current += 1;
        setLoadingMore(false);
        setMoreError(null);
        return loadPage(null);
      }),
    deps,
  );
  const data = remote.loading ? null : remote.data;

  const more = () => {
    const after = data?.next;
    if (!loadPage || !after || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    setMoreError(null);
    loadPage(after).then(
      (page) => {
        if (mine !== generation.current) return;
        setLoadingMore(false);
        remote.setData((had) => had && { ...had, items: [...had.items, ...page.items], next: page.next });
      },
      (err: unknown) => {
        if (mine !== generation.current) return;
        setLoadingMore(false);
        setMoreError(asCloudError(err));
      },
    );
  };

  const update = (change: (had: P) => P) => {
    // A list on its way replaces what is shown anyway; changing the old one would drop it.
    if (!remote.loading) remote.setData((had) => had && change(had));
  };

  return { data, error: remote.error, moreError, loadingMore, reload: () => void remote.reload(), more, update };
}
