/** Settings slice: the reader's choices (elder mode, privacy consent), kept on the phone across launches. */
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
  /** The user agreed to the privacy notice (H5 keeps it here; WeChat keeps its own on weapp). */
  privacyAgreed: boolean;
  /** Remembers the answer to the privacy sheet. */
  setPrivacyAgreed: (agreed: boolean) => void;
}

/** Creates the settings slice. */
export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  elder: false,
  setElder: (on) => set({ elder: on }),
  toggleElder: () => set((s) => ({ elder: !s.elder })),
  privacyAgreed: false,
  setPrivacyAgreed: (agreed) => set({ privacyAgreed: agreed }),
});
