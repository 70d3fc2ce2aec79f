/** The verified citations (data/citations.json): what each cited article says, in one line, beside the content. */
import table from '~/data/citations.json';
import type { Citation } from './types';

/** One verified citation: the statute, the article and a one-line gist of what it says. */
export interface VerifiedCitation extends Citation {
  gist: string;
}

/** Every verified citation, as kept in data/citations.json. */
export const VERIFIED_CITATIONS: readonly VerifiedCitation[] = table.citations;

const key = (c: Citation) => `${c.law}|${c.article}`;
const byKey = new Map(VERIFIED_CITATIONS.map((c) => [key(c), c.gist]));

/** What `c` says, or null when the article is not in the verified table (a content test forbids that). */
export function citationGist(c: Citation): string | null {
  return byKey.get(key(c)) ?? null;
}
