/**
 * H5: the personal fields of drafts (names, ID and phone numbers, addresses, the facts of a case) kept in the tab's
 * sessionStorage, so that a reload, or a browser that drops a page left in the background, does not wipe an
 * application being typed. sessionStorage belongs to the one tab and is gone when it closes: the fields still never
 * reach the device's lasting storage (draftsKept.ts), as the privacy notice says. 删除我的数据, in this tab or in
 * another (deviceForgotten.ts, watched from here), removes them. On weapp there is no such storage; the fields
 * live in memory while the mini-program runs.
 */
import { IS_H5 } from '~/src/services/platform';
import type { RequestKind } from '~/types/requests';
import { onForget, watchOtherTabs } from './deviceForgotten';
import type { Draft, Drafts } from './draftsSlice';
import { KEPT_DRAFT_FIELDS } from './draftsKept';
import { useAppStore } from './index';

/** The sessionStorage key of the personal fields. */
export const SESSION_DRAFTS_KEY = 'pioneer-post-session-drafts';

const KINDS: readonly RequestKind[] = ['question', 'mediation', 'aid'];

type Personal = { [K in RequestKind]: Record<string, Record<string, unknown>> };

/** The fields of each draft that lasting storage leaves out, by kind and post. */
export function personalFields(drafts: Drafts): Personal {
  const out: Personal = { question: {}, mediation: {}, aid: {} };
  for (const kind of KINDS) {
    const kept = KEPT_DRAFT_FIELDS[kind] as readonly string[];
    for (const [postId, draft] of Object.entries(drafts[kind] as Record<string, Draft<typeof kind>>)) {
      const own = Object.entries(draft.fields).filter(([k]) => !kept.includes(k));
      if (own.length > 0) out[kind][postId] = Object.fromEntries(own);
    }
  }
  return out;
}

function read(): Personal | null {
  try {
    const parsed = JSON.parse(window.sessionStorage.getItem(SESSION_DRAFTS_KEY) ?? 'null') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Personal) : null;
  } catch {
    return null;
  }
}

// What was written last; the subscription below writes only a change.
let last = '';

/** Removes the tab's personal fields (删除我的数据); the emptied drafts then write nothing new. */
function drop(): void {
  last = JSON.stringify(personalFields({ question: {}, mediation: {}, aid: {} }));
  try {
    if (typeof window !== 'undefined') window.sessionStorage?.removeItem(SESSION_DRAFTS_KEY);
  } catch {
    // Storage denied: nothing was written there either.
  }
}
onForget(drop);

function write(value: string): void {
  try {
    window.sessionStorage.setItem(SESSION_DRAFTS_KEY, value);
  } catch {
    // Storage denied or full: the fields stay in memory, as on weapp.
  }
}

/** Puts the tab's personal fields back into the drafts the device kept (same post, same clientId). */
function restore(saved: Personal): void {
  const drafts = useAppStore.getState().drafts;
  const next = { ...drafts } as Record<RequestKind, Record<string, Draft<RequestKind>>>;
  for (const kind of KINDS) {
    const byPost = { ...(drafts[kind] as Record<string, Draft<RequestKind>>) };
    for (const [postId, fields] of Object.entries(saved[kind] ?? {})) {
      const draft = byPost[postId];
      // A draft submitted or deleted meanwhile is not brought back by its leftovers.
      if (draft && fields && typeof fields === 'object')
        byPost[postId] = { ...draft, fields: { ...fields, ...draft.fields } };
    }
    next[kind] = byPost;
  }
  useAppStore.setState({ drafts: next as Drafts });
}

/**
 * Once at load (H5): restores the tab's personal fields, then keeps them in step with the drafts; and listens for
 * 删除我的数据 in another tab, which empties this one (its stores and these fields) without writing anything back.
 */
export function keepDraftsForSession(): void {
  if (!IS_H5 || typeof window === 'undefined' || !window.sessionStorage) return;
  watchOtherTabs();
  const saved = read();
  if (saved) restore(saved);
  last = JSON.stringify(personalFields(useAppStore.getState().drafts));
  write(last);
  useAppStore.subscribe((state, prev) => {
    if (state.drafts === prev.drafts) return;
    const now = JSON.stringify(personalFields(state.drafts));
    if (now !== last) write((last = now));
  });
}
