/**
 * Consent before any privacy API (WeChat's privacy authorization, since 2023-10-17): a sheet on the page asks,
 * and both our own check (before getLocation) and WeChat's onNeedPrivacyAuthorization event wait for it.
 */
import Taro from '@tarojs/taro';
import { create } from 'zustand';
import { IS_H5 } from '../../services/platform';
import { useAppStore } from '../../stores';

type Resolve = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void;

/** The id of the 同意 button; WeChat checks that this very button was tapped. */
export const AGREE_BUTTON_ID = 'privacy-agree';

/** Whether the consent sheet is showing (not persisted: a question, not a setting). */
export interface PrivacySheetState {
  open: boolean;
  /** The page shell in front, the only one that draws the sheet (pages behind it stay mounted). */
  host: number | null;
}

/** The consent sheet's state. */
export const usePrivacySheet = create<PrivacySheetState>(() => ({ open: false, host: null }));

let wechatResolve: Resolve | null = null;
let waiters: ((agreed: boolean) => void)[] = [];

function ask(): Promise<boolean> {
  usePrivacySheet.setState({ open: true });
  return new Promise((resolve) => waiters.push(resolve));
}

/** The user's answer from the sheet: resumes WeChat's pending call and everyone waiting. */
export function answerPrivacy(agreed: boolean): void {
  if (!usePrivacySheet.getState().open) return;
  usePrivacySheet.setState({ open: false });
  if (agreed) useAppStore.getState().setPrivacyAgreed(true);
  wechatResolve?.(agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' });
  wechatResolve = null;
  const done = waiters;
  waiters = [];
  for (const w of done) w(agreed);
}

/** Once at launch: when WeChat pauses a privacy API for consent, show our sheet (weapp only). */
export function installPrivacyHandler(): void {
  const on = Taro.onNeedPrivacyAuthorization as typeof Taro.onNeedPrivacyAuthorization | undefined;
  if (IS_H5 || typeof on !== 'function') return;
  on((resolve) => {
    wechatResolve = resolve;
    void ask();
  });
}

function wechatNeedsConsent(): Promise<boolean> {
  const get = Taro.getPrivacySetting as typeof Taro.getPrivacySetting | undefined;
  // Base libraries before 2.32.3 have no privacy flow: nothing to ask.
  if (typeof get !== 'function') return Promise.resolve(false);
  return new Promise((resolve) => {
    get({ success: (res) => resolve(res.needAuthorization), fail: () => resolve(false) });
  });
}

/** Whether a privacy API would need the consent sheet first (never shows it): false once the user agreed. */
export async function privacyConsentNeeded(): Promise<boolean> {
  // H5 has no WeChat privacy flow; there our own remembered answer stands in for it.
  return IS_H5 ? !useAppStore.getState().privacyAgreed : wechatNeedsConsent();
}

/** Resolves true when the user has agreed (asking first if needed); call it before asking for location. */
export async function ensurePrivacyConsent(): Promise<boolean> {
  if (usePrivacySheet.getState().open) return ask();
  const needed = IS_H5 ? !useAppStore.getState().privacyAgreed : await wechatNeedsConsent();
  return needed ? ask() : true;
}
