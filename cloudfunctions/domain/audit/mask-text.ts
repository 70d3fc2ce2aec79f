/**
 * Personal numbers in free text, masked: what the audit log (审计日志) keeps of a note, a reason or a name. The log
 * is append-only and outlives 删除我的数据, so no ID number or phone may reach it, whatever a worker typed into a
 * decision's reason or an admin into a name. Masked as lists mask them (220802********1234, 139****9002).
 *
 * Numbers are read as people write them: groups of digits joined by spaces, dashes, dots, 、 or slashes (one or two
 * of them, spaces around), e.g. 6222 0212 3456 7890 123, 110105-1949-1231-002X, 139 - 1234 - 5678, 0436 123 4567.
 * The digits of a run of groups are then told apart by length, prefix and grouping; dates, amounts, decimals,
 * codes and zero-padded numbers are left as written.
 */
import { plainText } from '~/types/api/text';
import { maskIdNumber } from '~/types/idcard';
import { maskPhone } from '../mask';

// Digits of other widths that fold to ASCII (full-width １３９, mathematical 𝟏𝟑𝟗) are read as the digits they show.
const WIDE_DIGIT = /\p{Nd}/gu;
const asciiDigit = (d: string) => {
  const folded = d.normalize('NFKC');
  return folded.length === 1 && folded >= '0' && folded <= '9' ? folded : d;
};

// What may stand between two groups of one number: one or two spaces, or one or two marks (dashes, dots, 、, /)
// with up to two spaces either side.
const GAP = ' \\u3000\\n';
const MARK = '\\-\\u2010-\\u2015\\uFF0D.\\uFF0E\\u3001/\\uFF0F';
const SEP = `(?:[${GAP}]{1,2}|[${GAP}]{0,2}[${MARK}]{1,2}[${GAP}]{0,2})`;
// A run of groups; an ID number's last character may be X (only there: it ends the run).
const RUN = new RegExp(`(?<!\\d)[+\\uFF0B]?\\d+(?:${SEP}\\d+)*(?:[Xx\\uFF38\\uFF58](?![A-Za-z]))?(?!\\d)`, 'g');
const GROUP = /\d+[Xx\uFF38\uFF58]?/g;
// A landline's area code in brackets, then 7–8 digits: （0436）12345678.
const BRACKETED = new RegExp(`[(\\uFF08](0[1-9]\\d{1,2})[)\\uFF09]${SEP}?(\\d{7,8})(?!\\d)`, 'g');

const landline = (area: string, local: string) => `${area}-${'*'.repeat(local.length - 4)}${local.slice(-4)}`;

/** Whether groups of these lengths are written as `shape` says. */
const shaped = (lengths: number[], ...shapes: number[][]) =>
  shapes.some((s) => s.length === lengths.length && s.every((n, i) => n === lengths[i]));

const MOBILE_SHAPES = [[11], [3, 4, 4], [3, 8], [7, 4]];

/** A mainland mobile (1[3-9] and 9 more digits), 86 before it or not, as `groups`: its masked form, or null. */
function mobile(groups: string[]): string | null {
  const lengths = groups.map((g) => g.length);
  const digits = groups.join('');
  if (/^1[3-9]\d{9}$/.test(digits) && shaped(lengths, ...MOBILE_SHAPES)) return maskPhone(digits);
  if (!/^861[3-9]\d{9}$/.test(digits)) return null;
  if (shaped(lengths, [13]) || (groups[0] === '86' && shaped(lengths.slice(1), ...MOBILE_SHAPES))) {
    return maskPhone(digits.slice(2));
  }
  return null;
}

/**
 * A resident ID number (17 digits and a digit or X; 15 for old cards) or a bank card (16–19 digits), whole or in
 * the groups they are printed in; or any other run of 15 digits or more written without gaps.
 */
function longNumber(groups: string[]): string | null {
  const lengths = groups.map((g) => g.length);
  const digits = groups.join('');
  const id18 = /^\d{17}[\dX]$/i.test(digits) && shaped(lengths, [6, 8, 4], [6, 4, 4, 4], [4, 4, 4, 4, 2]);
  const id15 = /^\d{15}$/.test(digits) && shaped(lengths, [6, 6, 3]);
  const card =
    /^\d{16,19}$/.test(digits) &&
    groups.length >= 4 &&
    lengths.slice(0, -1).every((n) => n === 4) &&
    lengths.at(-1)! <= 4;
  const whole = groups.length === 1 && /^\d{14,}[\dX]$/i.test(digits);
  return id18 || id15 || card || whole ? maskIdNumber(digits) : null;
}

/** A landline: an area code (0 and 2–3 digits) and 7–8 digits, apart or together. */
function landlineOf(groups: string[]): string | null {
  const [area, ...rest] = groups;
  const local = rest.join('');
  if (rest.length > 0) {
    const fits = shaped(
      rest.map((g) => g.length),
      [7],
      [8],
      [3, 4],
      [4, 4],
    );
    return /^0[1-9]\d{1,2}$/.test(area) && fits && /^\d+$/.test(local) ? landline(area, local) : null;
  }
  // Written together: 010 and 02x are the 3-digit area codes, every other one has 4.
  const whole = /^(0[12]\d)(\d{7,8})$/.exec(area) ?? /^(0[3-9]\d{2})(\d{7,8})$/.exec(area);
  return whole ? landline(whole[1], whole[2]) : null;
}

/** The masked form of these groups as one number, or null when they are none of the numbers above. */
function classify(groups: string[], fraction: boolean): string | null {
  const digits = groups.join('');
  if (digits.startsWith('000')) return null;
  // The digits after a decimal point are a number only if they are one on their own, never a landline.
  if (fraction) return groups.length === 1 ? (mobile(groups) ?? longNumber(groups)) : null;
  return mobile(groups) ?? longNumber(groups) ?? landlineOf(groups);
}

/** Whether a separator is a decimal point: a lone dot after a plain number of one or two digits (0.5, 12.50). */
const isDecimalPoint = (sep: string, before: string) => /^[.\uFF0E]$/.test(sep) && /^\d{1,2}$/.test(before);

/** One run of groups with the numbers in it masked, longest first; what is no number is left as written. */
function maskRun(run: string): string {
  const sign = /^[+\uFF0B]/.test(run) ? run[0] : '';
  const body = run.slice(sign.length);
  const groups: string[] = [];
  const seps: string[] = [];
  let last = 0;
  for (const m of body.matchAll(GROUP)) {
    if (groups.length > 0) seps.push(body.slice(last, m.index));
    groups.push(m[0].replace(/[\uFF38\uFF58]/g, 'X'));
    last = m.index + m[0].length;
  }
  const decimal = seps.map((s, i) => isDecimalPoint(s, groups[i]));
  const out: string[] = [];
  let keepSign = sign;
  let i = 0;
  while (i < groups.length) {
    const fraction = i > 0 && decimal[i - 1];
    let end = i;
    while (end + 1 < groups.length && !decimal[end] && end - i < 5) end++;
    let masked: string | null = null;
    for (let j = fraction ? i : end; j >= i && masked === null; j--) {
      masked = classify(groups.slice(i, j + 1), fraction);
      if (masked !== null) end = j;
    }
    if (i > 0) out.push(seps[i - 1]);
    if (masked === null) {
      out.push(groups[i]);
      i++;
    } else {
      // A mobile's +86 goes with it; a sign before anything else stays.
      if (i === 0 && groups[0].startsWith('86')) keepSign = '';
      out.push(masked);
      i = end + 1;
    }
  }
  return keepSign + out.join('');
}

/**
 * `text` with every ID number, bank-card-length number, mobile and landline masked; invisible characters (which
 * could sit between the digits) removed first. Everything else is left as written.
 */
export function maskNumbers(text: string): string {
  return plainText(text)
    .replace(WIDE_DIGIT, asciiDigit)
    .replace(BRACKETED, (_all, area: string, local: string) => landline(area, local))
    .replace(RUN, maskRun);
}

/** At most `max` characters (code points: a cut never splits one) of the masked text. */
export function maskedNote(text: string, max: number): string {
  return Array.from(maskNumbers(text)).slice(0, max).join('');
}
