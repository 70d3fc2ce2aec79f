/** CSV that Excel opens with the Chinese intact: UTF-8 with a byte-order mark, CRLF line ends. */
import Papa from 'papaparse';

/** A table to write: header row and data rows; `title` rows (a form's heading) come before the header. */
export interface CsvTable {
  title?: string[][];
  header: string[];
  rows: (string | number)[][];
}

// What a spreadsheet may skip before a cell's first character: whitespace (a tab or CR included, and the
// ideographic and no-break spaces), format characters, lone combining marks, and the letters that show as blanks
// (Hangul fillers, the blank braille pattern). A formula hidden behind them gets the quote too.
const LEADING_BLANKS = /^[\s\p{Z}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]+/u;
// The characters that start a formula (CWE-1236): = + - @. Any form that Unicode's compatibility folding (NFKC)
// turns into one counts as well, since a spreadsheet that folds on entry would run it: the full-width ＝＋－＠ a
// Chinese input method types, the small forms ﹦﹢﹣﹫, the super- and subscript ⁺⁼₊₌; and the minus sign −
// (U+2212), which no folding changes but a spreadsheet may read as minus. A leading ' costs a rare cell nothing.
const TRIGGERS = new Set(['=', '+', '-', '@', '\u2212']);
// A plain signed number or share ('-12', '+3', '-4.5%') cannot carry a formula and keeps its meaning.
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?%?$/;

/** Whether a spreadsheet could read `value` as a formula: its first character past any blanks is a trigger. */
function startsFormula(value: string): boolean {
  const first = value.replace(LEADING_BLANKS, '').codePointAt(0);
  return first !== undefined && TRIGGERS.has(String.fromCodePoint(first).normalize('NFKC'));
}

/** A cell as text that no spreadsheet runs: a leading ' before anything that would start a formula. */
export function safeCell(value: string | number): string | number {
  if (typeof value === 'number' || PLAIN_NUMBER.test(value) || !startsFormula(value)) return value;
  return `'${value}`;
}

/** The table's lines (title rows, header, data rows), every text cell made safe. */
export function safeLines(table: CsvTable): (string | number)[][] {
  return [...(table.title ?? []), table.header, ...table.rows].map((line) => line.map(safeCell));
}

/** The CSV text of a table, starting with the BOM. */
export function toCsv(table: CsvTable): string {
  return '\uFEFF' + Papa.unparse(safeLines(table), { newline: '\r\n' });
}

/** yyyymmdd → 2026-11-28 (a cell Excel reads as a date); null → ''. */
export function isoDay(key: string | null): string {
  return key === null ? '' : `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}`;
}

/** A share for a cell: 92.5 → '92.5%', null → '—'. */
export function pct(x: number | null): string {
  return x === null ? '—' : `${x}%`;
}

/** A file name: parts joined by '_', with characters no file system takes replaced, ending .csv. */
export function fileName(...parts: string[]): string {
  return `${parts.join('_').replace(/[\\/:*?"<>|\s]/g, '_')}.csv`;
}
