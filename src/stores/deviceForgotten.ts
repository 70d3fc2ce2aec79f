/**
 * 删除我的数据 reaching every copy of the app on this device. On H5 each open tab holds the stores in its own memory
 * and writes them whole to the one localStorage on every change, so a tab opened before the deletion would write
 * the resident's drafts straight back. A deletion therefore leaves a marker (FORGOTTEN_KEY: a fresh stamp, nothing
 * personal). Every other tab that sees the marker change (told by the `storage` event, on being shown again, or at
 * the latest just before its next write) forgets what it holds in memory and its own sessionStorage drafts, and
 * never writes the old state back. On weapp there is one instance of the mini-program (no tabs): the marker is
 * written and nobody else reads it.
 *
 * Each store registers what it forgets (onForget) when its module is loaded: a store a tab never loaded holds
 * nothing in that tab's memory. This module imports no store, so every store can import it.
 */
import type { StateStorage } from 'zustand/middleware';
import { IS_H5 } from '~/src/services/platform';
import { taroStorage } from './taroStorage';

/** Storage key of the marker: the stamp of the last 删除我的数据 on this device. */
export const FORGOTTEN_KEY = 'pioneer-post-forgotten';

const forgetters: (() => void)[] = [];

function readMarker(): string | null {
  const value = taroStorage.getItem(FORGOTTEN_KEY);
  return typeof value === 'string' ? value : null;
}

// The marker as this tab last knew it: read at load, so only a deletion after that counts.
let seen = readMarker();

/** Registers what a store forgets: its memory (its persistence then writes the emptied state). */
export function onForget(forget: () => void): void {
  forgetters.push(forget);
}

function forgetAll(): void {
  for (const forget of forgetters) forget();
}

/** 删除我的数据 here: every registered store forgets, then the marker tells the other tabs. */
export function forgetEverywhere(): void {
  forgetAll();
  seen = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  void taroStorage.setItem(FORGOTTEN_KEY, seen);
}

/** If another tab deleted since this one last looked, forgets here too; answers whether it did. */
export function catchUpWithOtherTabs(): boolean {
  const now = readMarker();
  if (now === seen) return false;
  seen = now;
  forgetAll();
  return true;
}

/**
 * `storage` that looks at the marker before each write (H5): after another tab's deletion this tab forgets first
 * (those writes of the emptied stores go through) and the write of the old state is dropped.
 */
export function guardedStorage(storage: StateStorage): StateStorage {
  return {
    getItem: (name) => storage.getItem(name),
    removeItem: (name) => storage.removeItem(name),
    setItem: (name, value) => {
      if (IS_H5 && catchUpWithOtherTabs()) return;
      return storage.setItem(name, value);
    },
  };
}

let watching = false;

/** Once at load (H5): another tab's deletion empties this tab as soon as the browser tells it. */
export function watchOtherTabs(): void {
  if (watching || !IS_H5 || typeof window === 'undefined' || typeof window.addEventListener !== 'function') return;
  watching = true;
  const check = () => void catchUpWithOtherTabs();
  // key null: the site's storage was cleared as a whole.
  window.addEventListener('storage', (e) => {
    if (e.key === FORGOTTEN_KEY || e.key === null) check();
  });
  // A page kept in the back-forward cache hears no storage event: it looks when shown again.
  window.addEventListener('pageshow', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}
