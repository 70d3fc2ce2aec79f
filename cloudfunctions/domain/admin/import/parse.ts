/** Parsing the decoded text (papaparse): the header must name every column of the template (IMPORT_COLUMNS). */
import Papa from 'papaparse';
import { IMPORT_COLUMNS } from '~/types/api/network';
import { AppError } from '~/types/errors';

export type Column = (typeof IMPORT_COLUMNS)[number];

/** One data row: its row number as a spreadsheet shows it (header = 1) and its cells by column, trimmed. */
export interface RawRow {
  row: number;
  cells: Record<Column, string>;
}

export const HEADER_TEXTS = {
  missing: (cols: string[]) => `缺少列：${cols.join('、')}（表头应为：${IMPORT_COLUMNS.join('、')}）`,
  noRows: '文件只有表头，没有岗位数据',
  malformed: (row: number) => `第${row}行的引号不成对，无法读取，请检查后再试`,
} as const;

/** The data rows of a CSV text; rows with every cell blank are skipped (their numbers are not reused). */
export function parseRows(text: string): RawRow[] {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', '\t', ';'],
  });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) throw new AppError('IMPORT_UNREADABLE', HEADER_TEXTS.malformed((quoteError.row ?? 0) + 1));
  const lines = parsed.data;
  const blank = (cells: string[]) => cells.every((c) => c.trim() === '');
  const headerAt = lines.findIndex((cells) => !blank(cells));
  if (headerAt < 0) throw new AppError('IMPORT_UNREADABLE', HEADER_TEXTS.noRows);
  const header = lines[headerAt].map((c) => c.trim());
  const missing = IMPORT_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new AppError('IMPORT_UNREADABLE', HEADER_TEXTS.missing(missing));
  const index = IMPORT_COLUMNS.map((c) => header.indexOf(c));
  const rows: RawRow[] = [];
  for (let i = headerAt + 1; i < lines.length; i++) {
    const cells = lines[i];
    if (blank(cells)) continue;
    const byColumn = {} as Record<Column, string>;
    IMPORT_COLUMNS.forEach((c, k) => {
      byColumn[c] = (cells[index[k]] ?? '').trim();
    });
    rows.push({ row: i + 1, cells: byColumn });
  }
  if (rows.length === 0) throw new AppError('IMPORT_UNREADABLE', HEADER_TEXTS.noRows);
  return rows;
}
