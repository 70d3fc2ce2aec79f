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
  /** The page shell in front (pages behind it stay mounted). */
  host: number | null;
  /**
   * The page shell that was in front when the question was asked: the one that draws the sheet, so a page opened
   * over it (the privacy statement, from the sheet's own link) is not covered, and the sheet is there again on the
   * way back. Null when no page was in front: then whichever page is in front draws it.
   */
  asker: number | null;
}

/** The consent sheet's state. */
export const usePrivacySheet = create<PrivacySheetState>(() => ({ open: false, host: null, asker: null }));

let wechatResolve: Resolve | null = null;
let waiters: ((agreed: boolean) => void)[] = [];

function ask(): Promise<boolean> {
  const { open, host } = usePrivacySheet.getState();
  // A second question while one is open waits for the same answer, on the page that asked first.
  if (!open) usePrivacySheet.setState({ open: true, asker: host });
  return new Promise((resolve) => waiters.push(resolve));
}

/** The user's answer from the sheet: resumes WeChat's pending call and everyone waiting. */
export function answerPrivacy(agreed: boolean): void {
  if (!usePrivacySheet.getState().open) return;
  usePrivacySheet.setState({ open: false, asker: null });
  if (agreed) useAppStore.getState().setPrivacyAgreed(true);
  wechatResolve?.(agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' });
  wechatResolve = null;
  const done = waiters;
  waiters = [];
  for (const w of done) w(agreed);
}

/**
 * The page shell `shell` is closing (back, or a redirect): a question it asked and left open is answered 拒绝, since
 * the person walked away from what needed their location. WeChat's paused call is told so, and the sheet does not
 * follow them to the page they return to.
 */
export function leavePrivacy(shell: number): void {
  const { open, asker } = usePrivacySheet.getState();
  if (open && asker === shell) answerPrivacy(false);
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
