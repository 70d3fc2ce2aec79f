/** Session slice: who the caller is (role from the server), refreshed on launch and after a demo login. */
import type { StateCreator } from 'zustand';
import type { MeData } from '~/types/api';
import { fetchMe } from '../services/session/fetchMe';
import type { AppState } from './index';

/** The session part of the app store. */
export interface SessionSlice {
  me: MeData | null;
  /** Asks the server who we are; on failure keeps the previous answer (a resident by default). */
  loadMe: () => Promise<void>;
}

/** Creates the session slice. */
export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  me: null,
  loadMe: async () => {
    try {
      set({ me: await fetchMe() });
    } catch {
      // Not knowing the role only hides admin entries; residents need nothing from it.
    }
  },
});
