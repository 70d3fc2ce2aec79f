/** Contract of admin.export: one table of the dashboard or the coverage, or the monthly form, as CSV or files. */
import * as v from 'valibot';
import type { AdminFile } from './files';
import { PeriodSchema, SubjectSchema } from './period';

/** The tables an admin may export (导出). */
export const EXPORT_TABLES = [
  'children',
  'top',
  'idle',
  'volunteers',
  'uncovered',
  'overlaps',
  'clusters',
  'monthly',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/**
 * admin.export: one table as CSV (UTF-8 with BOM, so Excel shows the Chinese). 'monthly' is the monthly summary per
 * county in the shape of the bureau's statistical form (月度统计表); it takes `month` (yyyymm) instead of a period.
 */
export const ExportInputSchema = v.strictObject({
  table: v.picklist(EXPORT_TABLES, '请选择要导出的表'),
  subject: v.optional(SubjectSchema),
  period: v.optional(PeriodSchema),
  month: v.optional(
    v.pipe(v.string('月份必须是文字'), v.regex(/^20\d{2}(0[1-9]|1[0-2])$/, '月份格式应为6位数字，例如202611')),
  ),
  /** 'inline' (H5: the CSV text in the reply) or 'file' (WeChat: CSV and Excel files in storage, named by id). */
  delivery: v.optional(v.picklist(['inline', 'file'] as const, '导出方式不正确'), 'inline'),
});
export type ExportInput = v.InferInput<typeof ExportInputSchema>;

/** Reply of admin.export: the file name (Chinese, ends .csv) and its text; the text starts with the BOM. */
export interface ExportData {
  filename: string;
  /** The CSV text (delivery 'inline'); empty when the files are in storage. */
  csv: string;
  rows: number;
  /** Delivery 'file': the CSV (to forward) and the Excel workbook (to open with openDocument). */
  files?: { csv: AdminFile; xlsx: AdminFile };
}
