/**
 * The same table as an Excel workbook (.xlsx, written by write-excel-file): WeChat's openDocument opens xlsx but
 * not CSV, so this is the file an admin opens on a phone or on WeChat for PC. Title rows, a bold header, numbers as
 * numbers. Text is written as it reads, without the CSV's leading ': a text cell is a string of the workbook (a
 * shared string), which no spreadsheet runs or reads as a number, formatted as text (@) so that editing it and
 * pressing Enter keeps it text too. No cell is ever written as a formula.
 */
import writeXlsxFile from 'write-excel-file/node';
import { plainLines, type CsvTable } from './csv';

/** The workbook's bytes, one sheet named `sheet` (Excel allows 31 characters, no []:*?/\). */
export async function toXlsx(table: CsvTable, sheet: string): Promise<Buffer> {
  const lines = plainLines(table);
  const headerAt = table.title?.length ?? 0;
  const data = lines.map((line, i) =>
    line.map((value) =>
      typeof value === 'number'
        ? { type: Number, value }
        : { type: String, value, format: '@', fontWeight: i === headerAt ? ('bold' as const) : undefined },
    ),
  );
  const columns = table.header.map((h, k) => ({
    width: Math.min(
      40,
      Math.max(8, h.length * 2 + 2, ...lines.slice(headerAt + 1).map((r) => String(r[k] ?? '').length + 2)),
    ),
  }));
  return writeXlsxFile(data, { columns, sheet: sheet.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) }).toBuffer();
}
