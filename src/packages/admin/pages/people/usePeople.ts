/** The volunteers of a region, a page at a time: first page on a new region or search, then 加载更多. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PersonRow } from '~/types/api';
import { fetchPeople } from '~/src/services/admin/fetchPeople';
import { CloudError } from '~/src/services/cloud';

/** Rows per page. */
export const PAGE_SIZE = 20;

/** What the list shows. */
export interface PeopleState {
  people: PersonRow[] | null;
  unservedPosts: number;
  nextAfterId: string | null;
  error: CloudError | null;
  loadingMore: boolean;
}

const asError = (err: unknown) => (err instanceof CloudError ? err : new CloudError('INTERNAL'));

/** The list for `regionCode` and `q`, with `more()` to page on, `reload()` and `replace(row)` after an action. */
export function usePeople(regionCode: string | null, q: string) {
  const [state, setState] = useState<PeopleState>({
    people: null,
    unservedPosts: 0,
    nextAfterId: null,
    error: null,
    loadingMore: false,
  });
  // Answers to an older region or search arrive late sometimes: only the newest request may write.
  const ticket = useRef(0);

  const reload = useCallback(() => {
    if (!regionCode) return;
    const mine = ++ticket.current;
    setState((s) => ({ ...s, people: null, error: null, loadingMore: false }));
    fetchPeople({ regionCode, limit: PAGE_SIZE, ...(q ? { q } : {}) }).then(
      (data) =>
        mine === ticket.current &&
        setState({
          people: data.people,
          unservedPosts: data.unservedPosts,
          nextAfterId: data.nextAfterId,
          error: null,
          loadingMore: false,
        }),
      (err) => mine === ticket.current && setState((s) => ({ ...s, error: asError(err) })),
    );
  }, [regionCode, q]);

  useEffect(reload, [reload]);

  const more = useCallback(() => {
    if (!regionCode || !state.nextAfterId || state.loadingMore) return;
    const mine = ticket.current;
    setState((s) => ({ ...s, loadingMore: true }));
    fetchPeople({ regionCode, limit: PAGE_SIZE, afterId: state.nextAfterId, ...(q ? { q } : {}) }).then(
      (data) =>
        mine === ticket.current &&
        setState((s) => ({
          ...s,
          people: [...(s.people ?? []), ...data.people],
          nextAfterId: data.nextAfterId,
          loadingMore: false,
        })),
      (err) => mine === ticket.current && setState((s) => ({ ...s, loadingMore: false, error: asError(err) })),
    );
  }, [regionCode, q, state.nextAfterId, state.loadingMore]);

  const replace = useCallback((row: PersonRow) => {
    setState((s) => ({
      ...s,
      people: s.people?.map((p) => (p.volunteerId === row.volunteerId ? row : p)) ?? null,
    }));
  }, []);

  // After an assignment or a deactivation only the count of posts without a volunteer may have moved.
  const recount = useCallback(() => {
    if (!regionCode) return;
    const mine = ticket.current;
    fetchPeople({ regionCode, limit: 1 }).then(
      (data) => mine === ticket.current && setState((s) => ({ ...s, unservedPosts: data.unservedPosts })),
      () => undefined,
    );
  }, [regionCode]);

  return { ...state, reload, more, replace, recount };
}
