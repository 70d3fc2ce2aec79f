/**
 * admin.export (导出): one table of the dashboard or the coverage page, or the monthly form, as a CSV file that
 * Excel opens with the Chinese intact. Same scope rules and the same code paths as the pages themselves.
 */
import { ExportInputSchema, type ExportData, type ExportInput } from '~/types/api/dashboard';
import { dayKey } from '~/types/day';
import { AppError } from '~/types/errors';
import type { HandlerContext, Route } from '../../context';
import { buildCoverage } from '../circles/build';
import { buildDashboard } from '../dashboard/build';
import { addDays } from '../dashboard/days';
import { DASHBOARD_TEXTS } from '../dashboard/texts';
import { resolveSubject } from '../dashboard/subject';
import { adminScope } from '../scope';
import { keepOwn } from '../../files/own';
import { fileName, toCsv, type CsvTable } from './csv';
import { toXlsx } from './xlsx';
import { monthlyLines } from './monthly-data';
import { monthlyForm } from './monthly-form';
import { coverageTable, dashboardTable, TABLE_NAMES } from './tables';

/** The period of a dashboard table when none is given. */
const DEFAULT_PERIOD = { preset: '30d' } as const;
/** The window of out-of-circle scans behind the clusters table (as the coverage page's default). */
const CLUSTER_DAYS = 90;

const UNIT_COLUMNS = { city: '县（市、区）', county: '县（市、区）', township: '乡镇（街道）', village: '村（社区）' };

async function monthly(ctx: HandlerContext, input: ExportInput): Promise<{ table: CsvTable; name: string }> {
  const today = dayKey(ctx.now());
  if (input.month === undefined) throw new AppError('INVALID_INPUT', DASHBOARD_TEXTS.monthMissing);
  if (input.month > today.slice(0, 6)) throw new AppError('INVALID_INPUT', DASHBOARD_TEXTS.monthFuture);
  const scope = adminScope(ctx).scope;
  const { subject, tree } = await resolveSubject(ctx, scope, input.subject);
  if (subject.kind !== 'region') throw new AppError('INVALID_INPUT', DASHBOARD_TEXTS.monthlyRegion);
  const { region } = subject;
  const units = region.level === 'city' ? (tree.children.get(region.code) ?? []) : [region];
  const lines = await monthlyLines(ctx.store, subject.prefix, units, input.month);
  const own = tree.byCode.get(scope);
  const reporter = `${own?.name ?? ''}${own?.level === 'township' ? '司法所' : '司法局'}`;
  return {
    table: monthlyForm(lines, input.month, reporter, today, UNIT_COLUMNS[region.level]),
    name: [region.name, TABLE_NAMES.monthly, input.month].join('_'),
  };
}

async function build(ctx: HandlerContext, input: ExportInput): Promise<{ table: CsvTable; name: string }> {
  const t = input.table;
  if (t === 'monthly') return monthly(ctx, input);
  if (t === 'children' || t === 'top' || t === 'idle' || t === 'volunteers') {
    const d = await buildDashboard(
      ctx,
      { subject: input.subject, period: input.period ?? DEFAULT_PERIOD, idleDays: 30 },
      { idle: Infinity, volunteers: Infinity },
    );
    const span = `${d.period.from}-${d.period.to}`;
    return { table: dashboardTable(t, d, ctx.now()), name: [d.subject.name, TABLE_NAMES[t], span].join('_') };
  }
  const c = await buildCoverage(ctx, { regionCode: input.subject, days: CLUSTER_DAYS });
  const today = dayKey(ctx.now());
  const span = t === 'clusters' ? `${addDays(today, 1 - CLUSTER_DAYS)}-${today}` : today;
  return { table: coverageTable(t, c), name: [c.region.name, TABLE_NAMES[t], span].join('_') };
}

/** Admins only, inside their scope. WeChat asks for files in storage; H5 takes the CSV text in the reply. */
export const exportCsv: Route<typeof ExportInputSchema, ExportData> = {
  schema: ExportInputSchema,
  roles: ['admin'],
  // Each export reads a whole scope and may write two files to the shared store: a stolen session cannot loop it.
  perMinute: 30,
  async handle(ctx, input): Promise<ExportData> {
    const { table, name } = await build(ctx, input);
    const filename = fileName(name);
    const csv = toCsv(table);
    if (input.delivery === 'inline') return { filename, csv, rows: table.rows.length };
    const xlsxName = filename.replace(/\.csv$/, '.xlsx');
    const [csvFile, xlsxFile] = await keepOwn(ctx, 'exports', [
      { filename, bytes: Buffer.from(csv, 'utf8') },
      { filename: xlsxName, bytes: await toXlsx(table, name.split('_').slice(0, 2).join('_')) },
    ]);
    return { filename, csv: '', rows: table.rows.length, files: { csv: csvFile, xlsx: xlsxFile } };
  },
};
