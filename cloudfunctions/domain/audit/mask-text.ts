/**
 * Personal numbers in free text, masked: what the audit log (审计日志) keeps of a note, a reason or a name. The log
 * is append-only and outlives 删除我的数据, so no ID number or phone may reach it, whatever a worker typed into a
 * decision's reason or an admin into a name. Masked as lists mask them (220802********1234, 139****9002).
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

// One optional separator between groups of digits, as people write numbers: a space or a hyphen.
const SEP = '[\\s\\-\u2010-\u2015\uFF0D]?';
// A resident ID number (18 digits, the last may be X; 15 for the old cards), as 6-8-4 groups or whole; and any
// longer run of digits, a bank card's among them: 15 digits or more, never a region code (at most 12).
const LONG_NUMBER = new RegExp(
  `(?<!\\d)(?:\\d{6}${SEP}\\d{8}${SEP}\\d{3}[\\dXx\uFF38\uFF58]|\\d{14,}[\\dXx\uFF38\uFF58])(?!\\d)`,
  'g',
);
// A mainland mobile (1[3-9] and 9 more digits), with +86 or 86 before it and 3-4-4 separators or not.
const MOBILE = new RegExp(`(?<!\\d)(?:[+\uFF0B]?86${SEP})?(1[3-9]\\d${SEP}\\d{4}${SEP}\\d{4})(?!\\d)`, 'g');
// A landline with its area code (0 and 2–3 digits, in brackets or not) and 7–8 digits.
const LANDLINE = new RegExp(`(?<!\\d)(?:[(\uFF08](0\\d{2,3})[)\uFF09]|(0\\d{2,3}))${SEP}(\\d{7,8})(?!\\d)`, 'g');

const digitsOf = (s: string) => s.replace(/[^\dXx\uFF38\uFF58]/g, '').replace(/[\uFF38\uFF58]/g, 'X');

/**
 * `text` with every ID number, bank-card-length number, mobile and landline masked; invisible characters (which
 * could sit between the digits) removed first. Everything else is left as written.
 */
export function maskNumbers(text: string): string {
  return plainText(text)
    .replace(WIDE_DIGIT, asciiDigit)
    .replace(LONG_NUMBER, (n) => maskIdNumber(digitsOf(n)))
    .replace(MOBILE, (_all, phone: string) => maskPhone(digitsOf(phone)))
    .replace(LANDLINE, (_all, bracketed: string | undefined, area: string | undefined, local: string) => {
      return `${bracketed ?? area}-${'*'.repeat(local.length - 4)}${local.slice(-4)}`;
    });
}

/** At most `max` characters (code points: a cut never splits one) of the masked text. */
export function maskedNote(text: string, max: number): string {
  return Array.from(maskNumbers(text)).slice(0, max).join('');
}
