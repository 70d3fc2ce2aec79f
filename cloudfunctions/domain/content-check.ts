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

/** Checks `text` (empty passes): 'risky' is refused with `refusal`; 'review' and a failed check are accepted. */
export async function screenText(
  checker: ContentChecker,
  text: string,
  openid: string,
  refusal: string,
): Promise<ScreenOutcome> {
  if (text === '') return 'pass';
  let verdict: ContentVerdict;
  try {
    verdict = await checker.check(text, openid);
  } catch (err) {
    // The author's text is kept; the failure is in the log for the operator, the flag on the request for a person.
    console.warn(`[content-check] check failed, text accepted for review: ${(err as Error)?.message ?? err}`);
    return 'checkFailed';
  }
  if (verdict === 'risky') throw new AppError('CONTENT_REJECTED', refusal);
  return verdict === 'review' ? 'review' : 'pass';
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
