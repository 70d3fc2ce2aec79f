/**
 * The content check every user text passes before it is stored (DESIGN: "user text passes a content check").
 * Production asks WeChat (`security.msgSecCheck` v2, wired in functions/cloud-main.ts); the local runtime uses a
 * word list (data/content-filter.json, content-words.ts). Handlers see only this port, through `screenText`.
 *
 * msgSecCheck v2 answers `suggest` 'pass', 'review' or 'risky'. 'review' is common for exactly the texts this
 * service exists for (家暴, 诈骗, 赌债 …), so it is accepted and the request is flagged for a person to read; only
 * 'risky' is refused. A check that fails (network, quota) must not lose a resident's submission: it is accepted
 * and flagged the same way.
 */
import { AppError } from '~/types/errors';

/** msgSecCheck v2's verdict on a text. */
export type ContentVerdict = 'pass' | 'review' | 'risky';

/** Decides what may be stored; `openid` is the author (msgSecCheck v2 requires it). Throws when it cannot tell. */
export interface ContentChecker {
  check(text: string, openid: string): Promise<ContentVerdict>;
}

/** What became of an accepted text: passed, or stored but for a person to review (the check's verdict or failure). */
export type ScreenOutcome = 'pass' | 'review' | 'checkFailed';

/** The request payload key that marks a request for a person to review (待人工复核), with its ScreenOutcome. */
export const CONTENT_REVIEW_KEY = 'contentReview';

/**
 * msgSecCheck v2's limit on `content`: "文本字数的上限为2500字". Counted here in UTF-16 units, which is never
 * fewer than the characters WeChat counts, so a piece within it is within WeChat's.
 */
export const CHECK_MAX_UNITS = 2500;

/** Where a piece may end, best first: a line's end, a sentence's, a clause's; searched over its last 400 units. */
const BREAKS = ['\n', '。！？!?', '；;', '，,、'];
const BREAK_WINDOW = 400;

/**
 * `text` in pieces of at most `max` UTF-16 units, each ending after a line break or else a punctuation mark when one
 * lies in its last 400 units (so a word is seldom cut in two), never inside a surrogate pair.
 */
export function checkPieces(text: string, max = CHECK_MAX_UNITS): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let end = max;
    // A high surrogate at the cut would leave half a character in each piece.
    if (/[\uD800-\uDBFF]/.test(rest[end - 1])) end -= 1;
    const from = Math.max(0, end - BREAK_WINDOW);
    const window = rest.slice(from, end);
    for (const marks of BREAKS) {
      const at = Math.max(...[...marks].map((m) => window.lastIndexOf(m)));
      if (at >= 0) {
        end = from + at + 1;
        break;
      }
    }
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/**
 * Checks `text` (empty passes), in pieces within msgSecCheck's limit: 'risky' anywhere is refused with `refusal`;
 * 'review' or a failed check of any piece is accepted for review.
 */
export async function screenText(
  checker: ContentChecker,
  text: string,
  openid: string,
  refusal: string,
): Promise<ScreenOutcome> {
  let outcome: ScreenOutcome = 'pass';
  for (const piece of checkPieces(text)) {
    let verdict: ContentVerdict;
    try {
      verdict = await checker.check(piece, openid);
    } catch (err) {
      // The author's text is kept; the failure is in the log for the operator, the flag on the request for a person.
      console.warn(`[content-check] check failed, text accepted for review: ${(err as Error)?.message ?? err}`);
      outcome = 'checkFailed';
      continue;
    }
    if (verdict === 'risky') throw new AppError('CONTENT_REJECTED', refusal);
    if (verdict === 'review' && outcome === 'pass') outcome = 'review';
  }
  return outcome;
}

/** The payload keys to store with a text's outcome: the review flag, or nothing when it passed. */
export function reviewFlag(outcome: ScreenOutcome): Record<string, string> {
  return outcome === 'pass' ? {} : { [CONTENT_REVIEW_KEY]: outcome };
}

/** Whether a request's payload carries the review flag. */
export function needsReview(payload: Record<string, unknown>): boolean {
  const v = payload[CONTENT_REVIEW_KEY];
  return v === 'review' || v === 'checkFailed';
}

/** msgSecCheck v2's `result.suggest` as a verdict; anything unexpected is left to a person ('review'). */
export function verdictOf(suggest: unknown): ContentVerdict {
  return suggest === 'pass' || suggest === 'risky' ? suggest : 'review';
}
