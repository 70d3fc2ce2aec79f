/**
 * A free-text field as residents and workers write it (问题描述, 案件事实, 答复…): trimmed, within its limits, and
 * carrying meaning. Emoji, symbols and punctuation alone, or one or two characters repeated (哈哈哈哈哈, 。。。。。),
 * tell a handler nothing, so they are refused with a message saying what to write instead. Shared by the app (the
 * form shows the message by the field) and the functions (a hostile client gets the same answer).
 */
import * as v from 'valibot';

/** A field's length limits (字数限制); `line`: one line (a name, an address), its line breaks read as spaces. */
export interface TextLimit {
  min: number;
  max: number;
  line?: true;
}

/**
 * Characters nobody sees but that a screen or a spreadsheet acts on: C0 and C1 controls other than the line break,
 * the soft hyphen, zero-width spaces, joiners and marks (U+200B–200F, U+2060–2064, U+FEFF), the Arabic letter mark
 * (U+061C), the bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) that can show 岗位甲 as
 * a name reading backwards, and the blanks that are letters or marks by category: the combining grapheme joiner
 * (U+034F), the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), Khmer's invisible vowels (U+17B4–17B5),
 * Mongolian's variation selectors and vowel separator (U+180B–180F), the blank braille pattern (U+2800), the tag
 * characters (U+E0000–E007F), the variation selectors (U+FE00–FE0F, U+E0100–E01EF), the musical symbols' beam, tie,
 * slur and phrase controls (U+1D173–1D17A) and the shorthand format controls (U+1BCA0–1BCA3). They arrive pasted
 * from chats and web pages, or are typed to make a name look blank or to hide a word from the content check; none
 * carries meaning in a name, an address or an account. (A variation selector only picks how the character before
 * it is drawn: an emoji's colour form, a rare glyph of a Han character; without it the same character shows.)
 */
// The controls and the marks are what this removes, each on its own: a variation selector goes, the character
// before it stays.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;
// Combining marks at the very start of a text (after any blanks) join nothing: a mark needs a character before it
// to sit on, and alone it draws over the text around it (or over the label before a name).
const LEADING_MARKS = /^[\s\p{M}]+/u;
const MARKS = /\p{M}/gu;

/**
 * `s` as plain text: invisible characters (INVISIBLE) removed, and combining marks at its very start (LEADING_MARKS),
 * tabs as spaces, every line break (CR LF, CR, U+2028/2029) as `\n`; for a one-line field (`line`) each break with
 * the spaces around it becomes one space.
 */
export function plainText(s: string, line = false): string {
  const t = s
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, '')
    .replace(LEADING_MARKS, (lead) => lead.replace(MARKS, ''));
  return line ? joinLines(t) : t;
}

/**
 * Each line break, with the spaces and breaks around it, as one space. A walk over the lines, not a regular
 * expression: the one used before (spaces, a break, then spaces and breaks) took time growing with the square of a
 * run of spaces (64 KB of spaces held the server 1.3 s, a 200 KB import cell 13.6 s), and it runs before any length
 * check.
 */
function joinLines(t: string): string {
  const lines = t.split('\n');
  if (lines.length === 1) return t;
  const kept: string[] = [];
  const last = lines.length - 1;
  lines.forEach((lineText, i) => {
    let from = 0;
    let to = lineText.length;
    if (i > 0) while (from < to && lineText.charCodeAt(from) === 32) from++;
    if (i < last) while (to > from && lineText.charCodeAt(to - 1) === 32) to--;
    // A line of spaces alone between two breaks joins them into one.
    if (from === to && i > 0 && i < last) return;
    kept.push(lineText.slice(from, to));
  });
  return kept.join(' ');
}

/** A pipe step making a one-line text plain (plainText): for names and addresses checked without textField. */
export const plainLine = v.transform((s: string) => plainText(s, true));

// Letters (Han, Latin …) and digits carry meaning; emoji, symbols, punctuation and spaces do not.
const MEANINGFUL = /[\p{L}\p{N}]/u;

/**
 * How many characters `s` has as its writer counts them: one a code point, so an emoji is one, not the two UTF-16
 * units `length` counts. The form's live count and every limit below count the same way, so a text the count says
 * fits is never refused for its length.
 */
export function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
}

/** A check that a string has at most `max` characters (charCount). */
export const maxChars = (max: number, message: string) => v.check((s: string) => charCount(s) <= max, message);

/** The letters and digits of `s`, one entry per code point. */
export function meaningfulChars(s: string): string[] {
  return [...s].filter((c) => MEANINGFUL.test(c));
}

/** Why `s` carries no meaning for a field of minimum `min`, or null when it does. */
export function emptyOfMeaning(field: string, s: string, min: number): string | null {
  const chars = meaningfulChars(s);
  if (s !== '' && chars.length === 0) return `${field}不能只有表情或符号，请用文字写清楚`;
  if (chars.length < min) return `${field}至少${min}个字（表情和符号不算）`;
  // A field meant for an account (min ≥ 5) needs more than one or two characters said again and again.
  if (min >= 5 && new Set(chars).size < 3) return `${field}请用文字写清楚具体情况`;
  return null;
}

/** A plain (plainText), trimmed text of `lim.min`–`lim.max` characters that says something (see emptyOfMeaning). */
export const textField = (field: string, lim: TextLimit) =>
  v.pipe(
    v.string(`${field}必须是文字`),
    v.transform((s) => plainText(s, lim.line)),
    v.trim(),
    v.check((s) => charCount(s) >= lim.min, `${field}至少${lim.min}个字`),
    maxChars(lim.max, `${field}不能超过${lim.max}个字`),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const why = emptyOfMeaning(field, dataset.value, lim.min);
      if (why) addIssue({ message: why });
    }),
  );
