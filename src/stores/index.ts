/**
 * The app store: typed slices combined once, persisted (posts, settings and drafts without their personal fields,
 * see draftsKept.ts) to Taro storage, never over a 删除我的数据 made in another tab (deviceForgotten.ts).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createDraftsSlice, type Drafts, type DraftsSlice } from './draftsSlice';
import { emptyDrafts, persistableDrafts } from './draftsKept';
import { guardedStorage, onForget } from './deviceForgotten';
import { createPostsSlice, type PostsSlice } from './postsSlice';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { taroStorage } from './taroStorage';

/** Everything the app store holds. */
export type AppState = SessionSlice & PostsSlice & SettingsSlice & DraftsSlice;

/** Storage key; bump the version below when the persisted shape changes. */
export const STORE_KEY = 'pioneer-post-store';

/** The app store hook; select one field at a time. */
export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createSessionSlice(...a),
      ...createPostsSlice(...a),
      ...createSettingsSlice(...a),
      ...createDraftsSlice(...a),
    }),
    {
      name: STORE_KEY,
      // 2: drafts lost their personal fields on the device; older stored drafts are stripped when read.
      version: 2,
      migrate: (old) => {
        const state = (old ?? {}) as Partial<AppState>;
        return { ...state, drafts: persistableDrafts(state.drafts as Drafts | undefined) };
      },
      storage: createJSONStorage(() => guardedStorage(taroStorage)),
      // The role is re-asked on every launch: a stale "admin" must not survive a change on the server.
      partialize: (s) => ({
        landings: s.landings,
        recent: s.recent,
        elder: s.elder,
        privacyAgreed: s.privacyAgreed,
        workSubscribe: s.workSubscribe,
        landingLocation: s.landingLocation,
        // Names, ID and phone numbers, addresses and facts stay in memory for the session only.
        drafts: persistableDrafts(s.drafts),
      }),
    },
  ),
);

// 删除我的数据: the drafts, the recent posts and cached landings (where the resident went) and the location answer.
// Settings that are not about them (elder mode, privacy consent, a worker's reminder answer) stay.
onForget(() => useAppStore.setState({ drafts: emptyDrafts(), landings: {}, recent: [], landingLocation: null }));
