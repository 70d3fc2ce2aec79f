/** Settings slice: the reader's display choices (elder mode), kept on the phone across launches. */
import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** The settings part of the app store. */
export interface SettingsSlice {
  /** 长辈模式: larger type, taller touch targets, fewer words. */
  elder: boolean;
  /** Turns elder mode on or off. */
  setElder: (on: boolean) => void;
  /** Flips elder mode; the one-tap toggle on every page calls this. */
  toggleElder: () => void;
}

/** Creates the settings slice. */
export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  elder: false,
  setElder: (on) => set({ elder: on }),
  toggleElder: () => set((s) => ({ elder: !s.elder })),
});
