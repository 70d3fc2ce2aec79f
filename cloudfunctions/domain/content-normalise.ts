/**
 * What the word list compares (内容检查的文本归一化): a text is brought to one spelling first, so a listed word cannot
 * slip through written another way. In order: NFKC (full-width letters and digits, circled and compatibility forms
 * become plain ones); invisible characters removed (zero-width space/joiners U+200B–U+200D, word joiner U+2060, BOM
 * U+FEFF, soft hyphen U+00AD and every other format character, variation selectors); whitespace, punctuation and
 * symbols between characters dropped; lower case; traditional characters (Taiwan and Hong Kong forms) turned into
 * simplified ones with OpenCC's tables (opencc-js, its traditional→simplified part only, ≈110 KB, server side).
 */
import { Converter } from 'opencc-js/t2cn';

// Format characters (\p{Cf}: U+200B–U+200D, U+2060, U+FEFF, U+00AD…) and variation selectors (VS1–16, VS17–256).
const INVISIBLE = /[\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
// Spaces and punctuation between the characters of a banned word must not slip it past the list.
const NOISE = /[\s\p{P}\p{S}]/gu;
// Both regional sets: a text may mix Taiwan and Hong Kong forms; each pass leaves simplified characters as they are.
const toSimplified = [Converter({ from: 'tw', to: 'cn' }), Converter({ from: 'hk', to: 'cn' })];

/** The text as the word list sees it: NFKC, no invisible characters, no spaces or punctuation, lower, simplified. */
export function normaliseForCheck(text: string): string {
  const plain = text.normalize('NFKC').replace(INVISIBLE, '').replace(NOISE, '').toLowerCase();
  return toSimplified.reduce((s, convert) => convert(s), plain);
}
