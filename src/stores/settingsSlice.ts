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
  /** A worker's answer to 开启微信提醒 (null: not asked yet); a refusal is never asked again unasked. */
  workSubscribe: 'accepted' | 'refused' | null;
  /** Remembers the worker's answer. */
  setWorkSubscribe: (answer: 'accepted' | 'refused') => void;
  /** Whether the landing may use location: 'refused' is remembered so nobody is asked on every scan. */
  landingLocation: 'allowed' | 'refused' | null;
  /** Remembers the resident's answer about location on the landing. */
  setLandingLocation: (answer: 'allowed' | 'refused') => void;
}

/** Creates the settings slice. */
export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  elder: false,
  setElder: (on) => set({ elder: on }),
  toggleElder: () => set((s) => ({ elder: !s.elder })),
  privacyAgreed: false,
  setPrivacyAgreed: (agreed) => set({ privacyAgreed: agreed }),
  workSubscribe: null,
  setWorkSubscribe: (answer) => set({ workSubscribe: answer }),
  landingLocation: null,
  setLandingLocation: (answer) => set({ landingLocation: answer }),
});
