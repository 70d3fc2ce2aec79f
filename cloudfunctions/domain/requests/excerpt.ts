/**
 * The start of what a resident wrote (问题摘要), shown on list rows (我的诉求, a worker's inbox) so a request can be
 * told from the next one with the same title without opening it.
 */
import type { RequestRow } from '../../store/port';

/** How many characters (code points) of the text a row shows before the ellipsis. */
export const EXCERPT_CHARS = 40;

// The text each kind's form asks for: the question, the dispute's account, the case facts.
const MAIN_TEXT = { question: 'text', mediation: 'account', aid: 'facts' } as const;

/** The first EXCERPT_CHARS characters of a request's main text on one line, '…' when cut; '' when it has none. */
export function excerptOf(row: Pick<RequestRow, 'kind' | 'payload'>): string {
  const raw = row.payload[MAIN_TEXT[row.kind]];
  if (typeof raw !== 'string') return '';
  const chars = [...raw.replace(/\s+/g, ' ').trim()];
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join('')}…` : chars.join('');
}
