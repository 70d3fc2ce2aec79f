/**
 * Contract of the admin dashboard (统计看板), the coverage of the service circles (服务圈覆盖) and CSV export.
 * Every figure comes from the daily counters and the rollups, never from raw scans (DESIGN.md, Scans and statistics).
 */
import * as v from 'valibot';
import type { AdminFile } from './files';
import type { RegionLevel } from '../domain';

/** A day key as the API speaks it: yyyymmdd, China Standard Time. */
export const DayKeySchema = v.pipe(
  v.string('日期必须是文字'),
  v.regex(/^20\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/, '日期格式应为年月日8位数字，例如20261128'),
);

/** The periods an admin picks (统计周期); 'custom' needs `from` and `to`. */
export const PERIOD_PRESETS = ['today', '7d', '30d', '90d', '365d', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const PERIOD_LABELS: Record<PeriodPreset, string> = {
  today: '今天',
  '7d': '近7天',
  '30d': '近30天',
  '90d': '近90天',
  '365d': '近一年',
  custom: '自定义',
};
/** The longest custom period, in days. */
export const MAX_PERIOD_DAYS = 366;

/** A period as asked: a preset, or a custom range of day keys (inclusive). End before start is 400 PERIOD_INVERTED. */
export const PeriodSchema = v.strictObject({
  preset: v.picklist(PERIOD_PRESETS, '请选择统计周期'),
  from: v.optional(DayKeySchema),
  to: v.optional(DayKeySchema),
});
export type PeriodInput = v.InferInput<typeof PeriodSchema>;

/**
 * What a figure is about: a region code (city, county, township or village) or a post id. Absent means the
 * admin's own scope. Anything outside that scope is 403 OUT_OF_SCOPE.
 */
export const SubjectSchema = v.pipe(
  v.string('统计对象必须是文字'),
  v.regex(/^(\d{6}(\d{3}(\d{3})?)?|[0-9A-Za-z_-]{1,32})$/, '统计对象格式不正确'),
);

/** admin.dashboard: everything the dashboard page shows for one subject and period, in one call. */
export const DashboardInputSchema = v.strictObject({
  subject: v.optional(SubjectSchema),
  period: PeriodSchema,
  /** A post counts as idle (闲置) after this many days without a scan. */
  idleDays: v.optional(
    v.pipe(
      v.number('天数必须是数字'),
      v.integer('天数必须是整数'),
      v.minValue(1, '至少1天'),
      v.maxValue(365, '最多365天'),
    ),
    30,
  ),
});
export type DashboardInput = v.InferInput<typeof DashboardInputSchema>;

/** The resolved period: inclusive day keys, and the previous period of the same length just before it. */
export interface ResolvedPeriod {
  preset: PeriodPreset;
  from: string;
  to: string;
  days: number;
  prevFrom: string;
  prevTo: string;
}

/** The headline figures of a subject over a period. */
export interface Figures {
  /** Scans (扫码次数). */
  scans: number;
  /** Visitors counted once a day each, summed over the days (访客人次，按日去重). */
  visitors: number;
  /** Requests of every kind made at the subject's posts (诉求). */
  requests: number;
  /** Scans made inside the post's 500 m circle, and scans that carried a location at all. */
  inCircle: number;
  withLocation: number;
}

/** One level of the drill-down trail (城市 → 县区 → 乡镇 → 村 → 先锋岗). */
export interface Crumb {
  id: string;
  name: string;
  level: RegionLevel | 'post';
}

/** One bar of the trend chart: a day, a week (7 days from `from`) or a calendar month. */
export interface TrendPoint {
  from: string;
  label: string;
  scans: number;
  visitors: number;
}

/** A row of the drill-down table: the subject's children with the same figures. */
export interface ChildRow extends Figures {
  id: string;
  name: string;
  level: RegionLevel | 'post';
  /** Active posts inside it (1 for a post). */
  posts: number;
  /** For a post: retired (已撤销) posts are listed too, marked. */
  retired: boolean;
}

/** A post in the top or idle list. */
export interface PostRank {
  postId: string;
  name: string;
  villageName: string;
  scans: number;
  /** Day key of its last scan, null when it was never scanned. */
  lastScanDay: string | null;
}

/** Answer times of one volunteer (志愿者答复情况) over the period. */
export interface VolunteerAnswers {
  volunteerId: string;
  name: string;
  answered: number;
  medianHours: number | null;
  /** Share answered within the promise (按时答复率), 0–100, null when none answered. */
  onTimePct: number | null;
}

/** Reply of admin.dashboard. */
export interface DashboardData {
  subject: Crumb;
  /** From the admin's scope down to the subject. */
  trail: Crumb[];
  period: ResolvedPeriod;
  figures: Figures;
  previous: Figures;
  /** Days for periods up to 31 days, weeks up to 92, months beyond. */
  trend: TrendPoint[];
  trendUnit: 'day' | 'week' | 'month';
  /** The next level down (empty for a post). */
  children: ChildRow[];
  /** The most scanned posts of the period (at most 10). */
  top: PostRank[];
  /** Active posts without a scan in the last `idleDays` days: how many, and the first 20 (longest idle first). */
  idle: { days: number; count: number; posts: PostRank[] };
  /** Scans by hour of day (0–23) and by weekday (Monday first), over the period. */
  hours: number[];
  weekdays: number[];
  /** 扫码 → 提交诉求 → 已答复/已处理 → 已办结. */
  funnel: { scans: number; requests: number; answered: number; resolved: number };
  /** Questions answered in the period: how fast, and how many within the promise; the volunteers (at most 20). */
  answers: { answered: number; medianHours: number | null; onTimePct: number | null; volunteers: VolunteerAnswers[] };
  /** Mediation (调解) and legal aid (法律援助) requests made in the period, by where they stand now. */
  services: {
    mediation: { received: number; open: number; agreed: number; failed: number };
    aid: { received: number; open: number; approved: number; declined: number };
  };
  /** When the rollups behind top/idle/hours were last brought up to date (ms), or null when never. */
  rolledAt: number | null;
}

/** admin.coverage: where the 500 m circles fail to reach, inside a region of the admin's scope. */
export const CoverageInputSchema = v.strictObject({
  regionCode: v.optional(v.pipe(v.string('区划代码必须是文字'), v.regex(/^\d{6}(\d{3})?$/, '请选择县区或乡镇'))),
  /** The window of out-of-circle scans to cluster, in days back from today. */
  days: v.optional(
    v.pipe(
      v.number('天数必须是数字'),
      v.integer('天数必须是整数'),
      v.minValue(7, '至少7天'),
      v.maxValue(365, '最多365天'),
    ),
    90,
  ),
});
export type CoverageInput = v.InferInput<typeof CoverageInputSchema>;

/**
 * admin.coverageClusters: only the clusters of out-of-circle scans, the one part of 服务圈覆盖 that depends on the
 * window of days: a change of window fetches this, not the circles and villages again.
 */
export const CoverageClustersInputSchema = CoverageInputSchema;
/** Reply of admin.coverageClusters. */
export interface CoverageClustersData {
  clusters: OutsideCluster[];
  days: number;
}

/** A village whose centre (村委会) has no active post within 500 m. */
export interface UncoveredVillage {
  code: string;
  name: string;
  townshipName: string;
  lat: number;
  lng: number;
  /** The nearest active post and its distance, when one is within 5 km. */
  nearestPostId: string | null;
  nearestM: number | null;
}

/** Two active posts whose circles overlap by at least half (重叠较多). */
export interface Overlap {
  a: { id: string; name: string };
  b: { id: string; name: string };
  distanceM: number;
  /** Share of one circle covered by the other, 0–100. */
  overlapPct: number;
}

/** A cluster of scans made outside every circle: a sign a post is missing (建议增设). */
export interface OutsideCluster {
  /** Suggested location of a new post: the scan-weighted centre of the cluster. */
  lat: number;
  lng: number;
  scans: number;
  /** Grid cells (about 200 m) in the cluster. */
  cells: number;
  townshipName: string;
  nearestPostId: string | null;
  nearestM: number | null;
}

/** Reply of admin.coverage. */
export interface CoverageData {
  region: Crumb;
  villages: { total: number; covered: number; uncovered: UncoveredVillage[] };
  overlaps: Overlap[];
  clusters: OutsideCluster[];
  /** Every active post of the region, for the map (weapp Map circles) or the plot (H5). */
  posts: Array<{ id: string; lat: number; lng: number; radiusM: number }>;
  bounds: { minLat: number; maxLat: number; minLng: number; maxLng: number };
  days: number;
}

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
