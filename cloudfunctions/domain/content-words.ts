/**
 * The local runtime's content check: a word list (data/content-filter.json). Kept apart from content-check.ts so
 * the cloud functions, which ask WeChat instead, do not carry the traditional→simplified tables in their bundles.
 */
import type { ContentChecker, ContentVerdict } from './content-check';
import { normaliseForCheck } from './content-normalise';

/**
 * A checker that finds 'risky' any text containing one of `words`, both normalised first (content-normalise.ts:
 * NFKC, zero-width characters, spaces and punctuation, case, traditional characters).
 */
export function wordListChecker(words: readonly string[]): ContentChecker {
  const banned = words.map(normaliseForCheck).filter((w) => w.length > 0);
  return {
    async check(text: string): Promise<ContentVerdict> {
      const plain = normaliseForCheck(text);
      return banned.some((w) => plain.includes(w)) ? 'risky' : 'pass';
    },
  };
}
