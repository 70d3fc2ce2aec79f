/** CSV that Excel opens with the Chinese intact: UTF-8 with a byte-order mark, CRLF line ends. */
import Papa from 'papaparse';

/** A table to write: header row and data rows; `title` rows (a form's heading) come before the header. */
export interface CsvTable {
  title?: string[][];
  header: string[];
  rows: (string | number)[][];
  /**
   * The headers of the columns whose cells the export's own code writes as signed figures (a change from last
   * month: +14, -3): a plain signed number there is written as it is. Every other text is taken for text someone
   * typed (a name, an address) and made safe (safeCell).
   */
  signedColumns?: string[];
}

// What a spreadsheet may skip before a cell's first character: whitespace (a tab or CR included, and the
// ideographic and no-break spaces), format characters, lone combining marks, and the letters that show as blanks
// (Hangul fillers, the blank braille pattern). A formula hidden behind them gets the quote too.
const LEADING_BLANKS = /^[\s\p{Z}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]+/u;
// The characters that start a formula (CWE-1236): = + - @. Any form that Unicode's compatibility folding (NFKC)
// turns into one counts as well, since a spreadsheet that folds on entry would run it: the full-width ＝＋－＠ a
// Chinese input method types, the small forms ﹦﹢﹣﹫, the super- and subscript ⁺⁼₊₌, and the ones that fold into
// several characters starting with one (⩵ is ==, ⩶ ===); and the minus sign − (U+2212), which no folding changes
// but a spreadsheet may read as minus. A + or - starts a number too: a name "+1" would be read as the number 1.
// A leading ' costs a rare cell nothing.
const TRIGGERS = new Set(['=', '+', '-', '@', '\u2212']);
// How many characters past the blanks are folded together, so that what the cell starts with shows through a
// folding into several characters (⩵ is ==) or one that starts with a blank (¨ is a space and a mark); eight are
// plenty, and keep the check short on a long cell.
const LEAD = 8;
// A signed number or share the code wrote ('-12', '+3', '-4.5%') cannot carry a formula and keeps its meaning.
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?%?$/;

/** Whether a spreadsheet could read `value` as a formula or a signed number: past any blanks, it starts a trigger. */
function startsFormula(value: string): boolean {
  const lead = Array.from(value.replace(LEADING_BLANKS, '')).slice(0, LEAD).join('');
  const first = lead.normalize('NFKC').replace(LEADING_BLANKS, '').codePointAt(0);
  return first !== undefined && TRIGGERS.has(String.fromCodePoint(first));
}

/**
 * A cell as CSV text that no spreadsheet runs or reads as a number: a leading ' before any text that would start a
 * formula or a sign. Numbers are written as numbers; `figure`: a cell of a signed column, written as it is when it
 * is a plain signed number.
 */
export function safeCell(value: string | number, figure = false): string | number {
  if (typeof value === 'number' || (figure && PLAIN_NUMBER.test(value)) || !startsFormula(value)) return value;
  return `'${value}`;
}

/** The table's lines (title rows, header, data rows), every text cell made safe for CSV. */
export function safeLines(table: CsvTable): (string | number)[][] {
  const signed = new Set(table.signedColumns ?? []);
  const figures = table.header.map((h) => signed.has(h));
  return [
    ...[...(table.title ?? []), table.header].map((line) => line.map((cell) => safeCell(cell))),
    ...table.rows.map((line) => line.map((cell, k) => safeCell(cell, figures[k] === true))),
  ];
}

/** The table's lines as they are (no quote): for a workbook, whose text cells are never run (xlsx.ts). */
export function plainLines(table: CsvTable): (string | number)[][] {
  return [...(table.title ?? []), table.header, ...table.rows];
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
