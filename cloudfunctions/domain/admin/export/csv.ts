/** CSV that Excel opens with the Chinese intact: UTF-8 with a byte-order mark, CRLF line ends. */
import Papa from 'papaparse';

/** A table to write: header row and data rows; `title` rows (a form's heading) come before the header. */
export interface CsvTable {
  title?: string[][];
  header: string[];
  rows: (string | number)[][];
}

// A cell a spreadsheet would read as a formula (= + - @, or a tab or CR before one, CWE-1236). The full-width
// forms (＝＋－＠) too: a Chinese input method types them, and a spreadsheet that folds them to ASCII on entry would
// run them as well; a leading ' costs a rare cell nothing.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
// A plain signed number or share ('-12', '+3', '-4.5%') cannot carry a formula and keeps its meaning.
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?%?$/;

/** A cell as text that no spreadsheet runs: a leading ' before anything that would start a formula. */
export function safeCell(value: string | number): string | number {
  if (typeof value === 'number' || !FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
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
