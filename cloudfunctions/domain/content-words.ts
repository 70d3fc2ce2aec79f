/**
 * The local runtime's content check: a word list (data/content-filter.json). Kept apart from content-check.ts so
 * the cloud functions, which ask WeChat instead, do not carry the traditional→simplified tables in their bundles.
 *
 * The check is against abuse, not topics: a fraud or gambling victim must be able to say 刷单返利 or 网络赌博 to tell
 * what happened. So the list has two parts, as msgSecCheck's verdicts do: insults, threats and advertising are
 * 'risky' (refused, the author told what to change); topic words an advertiser might also use are 'review'
 * (accepted, flagged 待人工复核 for a person to read).
 */
import type { ContentChecker, ContentVerdict } from './content-check';
import { normaliseForCheck } from './content-normalise';

const normalised = (words: readonly string[]) => words.map(normaliseForCheck).filter((w) => w.length > 0);

/**
 * A checker that finds 'risky' any text containing one of `words` and 'review' one containing one of `review`,
 * both normalised first (content-normalise.ts: NFKC, zero-width characters, spaces and punctuation, case,
 * traditional characters).
 */
export function wordListChecker(words: readonly string[], review: readonly string[] = []): ContentChecker {
  const banned = normalised(words);
  const flagged = normalised(review);
  return {
    // The list runs over the whole text at once: pieces are for WeChat's limit, and a word spread over a joint
    // (padded with characters the normalisation drops) must not escape the list.
    maxUnits: Infinity,
    async check(text: string): Promise<ContentVerdict> {
      const plain = normaliseForCheck(text);
      if (banned.some((w) => plain.includes(w))) return 'risky';
      return flagged.some((w) => plain.includes(w)) ? 'review' : 'pass';
    },
  };
}
