/** CSV that Excel opens with the Chinese intact: UTF-8 with a byte-order mark, CRLF line ends. */
import Papa from 'papaparse';

/** A table to write: header row and data rows; `title` rows (a form's heading) come before the header. */
export interface CsvTable {
  title?: string[][];
  header: string[];
  rows: (string | number)[][];
}

/** The CSV text of a table, starting with the BOM. */
export function toCsv(table: CsvTable): string {
  const lines: (string | number)[][] = [...(table.title ?? []), table.header, ...table.rows];
  return '\uFEFF' + Papa.unparse(lines, { newline: '\r\n' });
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
