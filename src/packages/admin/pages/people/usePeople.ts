/** The volunteers of a region, a page at a time: first page on a new region or search, then 加载更多. */
import type { PeopleData, PersonRow } from '~/types/api';
import { fetchPeople } from '~/src/services/admin/fetchPeople';
import { usePaged, type Page } from '../../shared/usePaged';

/** A reply of admin.people, its rows as a page. */
type PeoplePage = PeopleData & Page<PersonRow>;

/** Rows per page. */
export const PAGE_SIZE = 20;

/** The list for `regionCode` and `q`, with `more()` to page on, `reload()` and `replace(row)` after an action. */
export function usePeople(regionCode: string | null, q: string) {
  const list = usePaged<PersonRow, PeoplePage>(
    regionCode
      ? (after) =>
          fetchPeople({ regionCode, limit: PAGE_SIZE, ...(after ? { afterId: after } : {}), ...(q ? { q } : {}) }).then(
            (data) => ({ ...data, items: data.people, next: data.nextAfterId }),
          )
      : null,
    [regionCode, q],
  );

  const replace = (row: PersonRow) =>
    list.update((d) => ({ ...d, items: d.items.map((p) => (p.volunteerId === row.volunteerId ? row : p)) }));

  // After an assignment or a deactivation only the count of posts without a volunteer may have moved.
  const recount = () => {
    if (!regionCode) return;
    fetchPeople({ regionCode, limit: 1 }).then(
      (data) => list.update((d) => ({ ...d, unservedPosts: data.unservedPosts })),
      () => undefined,
    );
  };

  return {
    people: list.data?.items ?? null,
    unservedPosts: list.data?.unservedPosts ?? 0,
    nextAfterId: list.data?.next ?? null,
    error: list.error ?? list.moreError,
    loadingMore: list.loadingMore,
    reload: list.reload,
    more: list.more,
    replace,
    recount,
  };
}
