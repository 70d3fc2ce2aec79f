/**
 * The start of what a resident wrote (问题摘要), shown on list rows (我的诉求, a worker's inbox) so a request can be
 * told from the next one with the same title without opening it.
 */
import type { RequestRow } from '../../store/port';
import { payloadOf, type RequestPayload } from './payload';

/** How many characters (code points) of the text a row shows before the ellipsis. */
export const EXCERPT_CHARS = 40;

// The text each kind's form asks for: the question, the dispute's account, the case facts.
const mainText = (p: RequestPayload): string =>
  p.kind === 'question' ? p.text : p.kind === 'mediation' ? p.account : p.facts;

/** The first EXCERPT_CHARS characters of a request's main text on one line, '…' when cut; '' when it has none. */
export function excerptOf(row: Pick<RequestRow, 'kind' | 'payload'>): string {
  const chars = [...mainText(payloadOf(row)).replace(/\s+/g, ' ').trim()];
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join('')}…` : chars.join('');
}
