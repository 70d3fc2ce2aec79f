/** Drafts slice: what a resident typed into a request form, per form and post, kept until it is submitted. */
import type { StateCreator } from 'zustand';
import type { AidInput, AskInput, MediationInput } from '~/types/api';
import { uuid4 } from '~/types/ids';
import type { RequestKind } from '~/types/requests';
import type { AppState } from './index';

/** How many drafts of one kind are kept; the oldest go first. */
export const DRAFT_CAP = 10;

type Typed<T> = Partial<Omit<T, 'postId' | 'clientId'>>;

/** The fields a draft of each kind holds: the contract's input, every field optional while typing. */
export interface DraftFields {
  question: Typed<AskInput>;
  mediation: Typed<MediationInput>;
  /** `checked`: the eligibility self-check was passed and the form step is showing. */
  aid: Typed<AidInput> & { checked?: boolean };
}

/** One draft: its fields and the submission id that makes a resubmission safe. */
export interface Draft<K extends RequestKind> {
  /** Made once per draft, reused by every retry so the server keeps one request. */
  clientId: string;
  fields: DraftFields[K];
  updatedAt: number;
}

/** Drafts by kind, then by post id. */
export type Drafts = { [K in RequestKind]: Record<string, Draft<K>> };

/** The drafts part of the app store. */
export interface DraftsSlice {
  drafts: Drafts;
  /** Merges `patch` into the draft of `kind` at `postId`, creating it (and its clientId) when absent. */
  saveDraft: <K extends RequestKind>(kind: K, postId: string, patch: DraftFields[K]) => void;
  /** Forgets the draft of `kind` at `postId` (after a successful submission). */
  clearDraft: (kind: RequestKind, postId: string) => void;
}

function capped<K extends RequestKind>(byPost: Record<string, Draft<K>>): Record<string, Draft<K>> {
  const ids = Object.keys(byPost);
  if (ids.length <= DRAFT_CAP) return byPost;
  const keep = ids.sort((a, b) => byPost[b].updatedAt - byPost[a].updatedAt).slice(0, DRAFT_CAP);
  return Object.fromEntries(keep.map((id) => [id, byPost[id]]));
}

/** Creates the drafts slice. */
export const createDraftsSlice: StateCreator<AppState, [], [], DraftsSlice> = (set) => ({
  drafts: { question: {}, mediation: {}, aid: {} },
  saveDraft: (kind, postId, patch) =>
    set((s) => {
      const byPost = s.drafts[kind] as Record<string, Draft<typeof kind>>;
      const old = byPost[postId];
      const draft = {
        clientId: old?.clientId ?? uuid4(),
        fields: { ...old?.fields, ...patch },
        updatedAt: Date.now(),
      };
      return { drafts: { ...s.drafts, [kind]: capped({ ...byPost, [postId]: draft }) } };
    }),
  clearDraft: (kind, postId) =>
    set((s) => {
      const { [postId]: _dropped, ...rest } = s.drafts[kind];
      void _dropped;
      return { drafts: { ...s.drafts, [kind]: rest } };
    }),
});
