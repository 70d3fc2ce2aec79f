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
  /**
   * The longest text one `check` takes, in UTF-16 units (default CHECK_MAX_UNITS, msgSecCheck's); longer texts are
   * checked in overlapping pieces. A checker with no limit (the local word list) gets the whole text at once, so
   * no listed word can be cut in two, however it is spread out.
   */
  readonly maxUnits?: number;
}

/**
 * Characters that show nothing of their own (content-normalise.ts, step 3): controls, format characters (zero-width
 * space and joiners, bidi marks, tag characters), private-use and unassigned code points, combining marks, and the
 * Hangul fillers, which are letters by category but blank on screen.
 */
export const INVISIBLE = /[\p{C}\p{M}\u115F\u1160\u3164\uFFA0]/gu;

/**
 * The same, except the line breaks and tabs a text is written with (controls too, but they show as spacing): the
 * fields of a form are joined with line breaks, and gluing them together could make a phrase nobody wrote.
 */
const SHOWS_NOTHING = /(?![\t\n\r])[\p{C}\p{M}\u115F\u1160\u3164\uFFA0]/gu;

const SEVERITY: Record<ContentVerdict, number> = { pass: 0, review: 1, risky: 2 };

/**
 * A checker that asks `inner` about a text and, when the text holds characters that show nothing, about the text
 * without them too, and answers the worse verdict: a listed phrase with zero-width characters between its
 * characters reads whole on screen, and must be judged so. (The cloud functions do not carry the local list's
 * other folds, traditional characters among them: those are left to WeChat's own check.)
 */
export function withVisibleForm(inner: ContentChecker): ContentChecker {
  return {
    maxUnits: inner.maxUnits,
    async check(text, openid) {
      const visible = text.replace(SHOWS_NOTHING, '');
      const first = await inner.check(text, openid);
      if (visible === text || visible === '' || first === 'risky') return first;
      const second = await inner.check(visible, openid);
      return SEVERITY[second] > SEVERITY[first] ? second : first;
    },
  };
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

/**
 * How much of a piece's end the next piece repeats, in UTF-16 units: a phrase cut at the joint (no break near the
 * limit, or one that runs over a comma) is whole in the next piece. Far longer than any phrase a checker refuses.
 */
export const CHECK_OVERLAP_UNITS = 50;

/** Where a piece may end, best first: a line's end, a sentence's, a clause's; searched over its last 400 units. */
const BREAKS = ['\n', '。！？!?', '；;', '，,、'];
const BREAK_WINDOW = 400;
const isHigh = (unit: string | undefined) => unit !== undefined && /[\uD800-\uDBFF]/.test(unit);
const isLow = (unit: string | undefined) => unit !== undefined && /[\uDC00-\uDFFF]/.test(unit);

/**
 * `text` in pieces of at most `max` UTF-16 units, each ending after a line break or else a punctuation mark when one
 * lies in its last 400 units, never inside a surrogate pair; each piece after the first begins `overlap` units
 * before the previous one ended, so nothing is checked only in halves.
 */
export function checkPieces(text: string, max = CHECK_MAX_UNITS, overlap = CHECK_OVERLAP_UNITS): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    let end = start + max;
    // A high surrogate at the cut would leave half a character in each piece.
    if (isHigh(text[end - 1])) end -= 1;
    const from = Math.max(start + overlap + 1, end - BREAK_WINDOW);
    const window = text.slice(from, end);
    for (const marks of BREAKS) {
      const at = Math.max(...[...marks].map((m) => window.lastIndexOf(m)));
      if (at >= 0) {
        end = from + at + 1;
        break;
      }
    }
    pieces.push(text.slice(start, end));
    start = end - overlap;
    if (isLow(text[start])) start -= 1;
  }
  if (text.length > start) pieces.push(text.slice(start));
  return pieces;
}

/**
 * Checks `text` (empty passes), in pieces within the checker's limit: 'risky' anywhere is refused with `refusal`;
 * 'review' or a failed check of any piece is accepted for review.
 */
export async function screenText(
  checker: ContentChecker,
  text: string,
  openid: string,
  refusal: string | { message: string; field: string },
): Promise<ScreenOutcome> {
  let outcome: ScreenOutcome = 'pass';
  for (const piece of checkPieces(text, checker.maxUnits ?? CHECK_MAX_UNITS)) {
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

/**
 * Refuses the non-empty `texts` (checked as one, a line each) that the check finds 'risky'. 'review' or a failed
 * check lets them through: a worker's answer or an admin's edit is not held up by WeChat's quota (screenText logs
 * the failure), and staff text is not queued for review.
 */
export async function refuseRisky(
  checker: ContentChecker,
  openid: string,
  refusal: string | { message: string; field: string },
  ...texts: string[]
): Promise<void> {
  await screenText(checker, texts.filter((t) => t !== '').join('\n'), openid, refusal);
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
