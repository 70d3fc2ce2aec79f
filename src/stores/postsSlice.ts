/** Posts slice: the last landing data per post (render-from-cache) and the recently visited posts. */
import type { StateCreator } from 'zustand';
import type { LandingData } from '~/types/api';
import type { AppState } from './index';

/** How many posts' landing data and recent entries are kept on the phone. */
export const POST_CACHE_CAP = 20;

/** A landing reply with the time it was received. */
export interface CachedLanding {
  data: LandingData;
  at: number;
}

/** One line of the home page's recent list. */
export interface RecentPost {
  id: string;
  name: string;
  village: string;
  visitedAt: number;
}

/** The posts part of the app store. */
export interface PostsSlice {
  landings: Record<string, CachedLanding>;
  recent: RecentPost[];
  /** Keeps a fresh landing reply and moves its post to the top of the recent list. */
  saveLanding: (data: LandingData, at: number) => void;
  /** Drops a post the server says is unknown or retired. */
  forgetPost: (postId: string) => void;
}

function capLandings(landings: Record<string, CachedLanding>): Record<string, CachedLanding> {
  const ids = Object.keys(landings);
  if (ids.length <= POST_CACHE_CAP) return landings;
  const keep = ids.sort((a, b) => landings[b].at - landings[a].at).slice(0, POST_CACHE_CAP);
  const out: Record<string, CachedLanding> = {};
  for (const id of keep) out[id] = landings[id];
  return out;
}

/** Creates the posts slice. */
export const createPostsSlice: StateCreator<AppState, [], [], PostsSlice> = (set) => ({
  landings: {},
  recent: [],
  saveLanding: (data, at) =>
    set((s) => {
      const entry: RecentPost = { id: data.post.id, name: data.post.name, village: data.village.name, visitedAt: at };
      return {
        landings: capLandings({ ...s.landings, [data.post.id]: { data, at } }),
        recent: [entry, ...s.recent.filter((r) => r.id !== entry.id)].slice(0, POST_CACHE_CAP),
      };
    }),
  forgetPost: (postId) =>
    set((s) => {
      const { [postId]: _dropped, ...landings } = s.landings;
      void _dropped;
      return { landings, recent: s.recent.filter((r) => r.id !== postId) };
    }),
});
