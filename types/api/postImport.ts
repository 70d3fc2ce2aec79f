/** Contract of 批量导入: a CSV file of posts, checked as a whole (校验报告), then imported batch by batch. */
import * as v from 'valibot';
import { plainLine } from './text';
import { AdminFileIdSchema } from './common';
import { DATUMS } from '../gcj02';

/** The columns of an import file, in Chinese as the template has them (导入模板). */
export const IMPORT_COLUMNS = ['岗位编号', '岗位名称', '地址', '村代码', '纬度', '经度'] as const;
/** Largest import file accepted, bytes (about 20,000 rows). */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
/** Rows committed per importPosts call (the progress bar moves once per batch). */
export const IMPORT_BATCH = 500;

/** Longest file name an import call carries: it only labels the report's message and the audit record. */
export const IMPORT_FILENAME_MAX = 100;

/** The file name of an import call, when there is one (a picked file's own name, shortened by importFilename). */
const ImportFilenameSchema = v.optional(
  v.pipe(
    v.string('文件名不正确'),
    plainLine,
    v.maxLength(IMPORT_FILENAME_MAX, `文件名不能超过${IMPORT_FILENAME_MAX}个字符`),
  ),
);

/**
 * A picked file's name as the import calls carry it: a longer one than IMPORT_FILENAME_MAX keeps its start and
 * its extension, joined by "…" (a phone's copies get long names: "…最终版 - 副本 (2).csv"), never cut inside a
 * character.
 */
export function importFilename(name: string): string {
  if (name.length <= IMPORT_FILENAME_MAX) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  const head = Array.from(name.slice(0, name.length - ext.length));
  let length = head.join('').length;
  while (length + 1 + ext.length > IMPORT_FILENAME_MAX) length -= head.pop()!.length;
  return `${head.join('')}…${ext}`;
}

/**
 * Where the sheet's 纬度 / 经度 come from: GPS (wgs84, what is stored), Amap or Tencent Maps (gcj02), Baidu Maps
 * (bd09); converted to WGS-84 before any check. A caller that does not say is taken to mean WGS-84.
 */
const DatumSchema = v.optional(v.picklist(DATUMS, '请选择经纬度的来源'), 'wgs84');

/**
 * admin.checkImport: validates a CSV file (UTF-8, with or without BOM, or GBK as Excel saves it) and writes nothing.
 * The file is uploaded once (Taro.cloud.uploadFile to admin.importUpload's path on WeChat, POST /admin-files on the
 * local runtime) and named by its id: no call carries the file. A file it cannot read at all (no header, missing
 * columns, not text) is 400 IMPORT_UNREADABLE.
 */
export const CheckImportInputSchema = v.strictObject({
  fileId: AdminFileIdSchema,
  filename: ImportFilenameSchema,
  datum: DatumSchema,
});

/** One problem of one row: the row number as a spreadsheet shows it (header is row 1). */
export interface ImportProblem {
  row: number;
  field: string;
  reason: string;
}

/** The validation report (校验报告). */
export interface ImportReport {
  /** 'utf-8' or 'gbk' (GBK files are read as GBK and the report says so). */
  encoding: 'utf-8' | 'gbk';
  total: number;
  good: number;
  bad: number;
  /** Every problem, row order (a row may have several). */
  problems: ImportProblem[];
  /** Rows already present with the same content: skipped, not errors (a retried import is safe). */
  unchanged: number;
}

/**
 * admin.importPosts: imports rows [offset, offset + IMPORT_BATCH) of the good rows of the same file, in one
 * transaction. With any bad row and `goodOnly` false, it is 400 IMPORT_HAS_ERRORS with the report and writes nothing.
 */
export const ImportPostsInputSchema = v.strictObject({
  fileId: AdminFileIdSchema,
  filename: ImportFilenameSchema,
  datum: DatumSchema,
  goodOnly: v.boolean('请选择是否只导入无误的行'),
  offset: v.pipe(v.number('进度不正确'), v.integer('进度不正确'), v.minValue(0, '进度不正确')),
});
export interface ImportProgress {
  report: ImportReport;
  /** Good rows written by this call, and how far the import has come (rows of the good list). */
  created: number;
  done: number;
  total: number;
  /** Ids created by this call. */
  postIds: string[];
}
