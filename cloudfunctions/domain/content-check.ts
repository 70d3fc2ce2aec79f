/**
 * The content check every user text passes before it is stored (DESIGN: "user text passes a content check").
 * Production asks WeChat (`security.msgSecCheck` v2, wired in functions/cloud-main.ts); the local runtime uses a
 * word list (data/content-filter.json). Handlers see only this port.
 */

/** Decides whether a text may be stored; `openid` is the author (msgSecCheck v2 requires it). */
export interface ContentChecker {
  check(text: string, openid: string): Promise<boolean>;
}

// Spaces and punctuation between the characters of a banned word must not slip it past the list.
const NOISE = /[\s\p{P}\p{S}]/gu;

/** A checker that refuses any text containing one of `words` (case, spaces and punctuation ignored). */
export function wordListChecker(words: readonly string[]): ContentChecker {
  const banned = words.map((w) => w.replace(NOISE, '').toLowerCase()).filter((w) => w.length > 0);
  return {
    async check(text: string): Promise<boolean> {
      const plain = text.replace(NOISE, '').toLowerCase();
      return !banned.some((w) => plain.includes(w));
    },
  };
}
