/**
 * What of a draft may be written to the device (草稿的本机保存): only the choices made by tapping (category, matter,
 * stage…) and a question's text, which names nobody. Names, ID numbers, phone numbers, addresses, the other party,
 * income and the facts of a case are kept in memory for the session only and are gone when the mini-program is
 * closed. Chosen over encrypting them with a per-install key: that key would sit in the same storage as the
 * ciphertext, so anyone who can read the storage could read both; a field never written cannot leak at all.
 */
import type { Draft, DraftFields, Drafts } from './draftsSlice';

type Kept = { [K in keyof DraftFields]: readonly (keyof DraftFields[K])[] };

/** The fields of each kind that may be persisted; every other field stays in memory only. */
export const KEPT_DRAFT_FIELDS: Kept = {
  question: ['category', 'text', 'hideName'],
  mediation: ['disputeType', 'preferredTime'],
  aid: ['matter', 'exemption', 'channel', 'stage', 'urgent', 'checked'],
};

/** No drafts at all (what 删除我的数据 leaves). */
export const emptyDrafts = (): Drafts => ({ question: {}, mediation: {}, aid: {} });

function keepOnly<K extends keyof DraftFields>(kind: K, byPost: Drafts[K]): Drafts[K] {
  const allowed = KEPT_DRAFT_FIELDS[kind] as readonly string[];
  const out: Record<string, Draft<K>> = {};
  for (const [postId, draft] of Object.entries(byPost as Record<string, Draft<K>>)) {
    const fields = Object.fromEntries(Object.entries(draft.fields).filter(([k]) => allowed.includes(k)));
    out[postId] = { ...draft, fields: fields as DraftFields[K] };
  }
  return out as Drafts[K];
}

/** The drafts as they may be written to the device: the same drafts, personal fields left out. */
export function persistableDrafts(drafts: Drafts | undefined): Drafts {
  const d = drafts ?? emptyDrafts();
  return {
    question: keepOnly('question', d.question ?? {}),
    mediation: keepOnly('mediation', d.mediation ?? {}),
    aid: keepOnly('aid', d.aid ?? {}),
  };
}
