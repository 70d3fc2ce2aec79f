/** The period and subject of a statistic (统计周期, 统计对象), as the dashboard and the exports take them. */
import * as v from 'valibot';
import type { RegionLevel } from '../domain';
import { wholeNumber } from './common';

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

/** The resolved period: inclusive day keys, and the previous period of the same length just before it. */
export interface ResolvedPeriod {
  preset: PeriodPreset;
  from: string;
  to: string;
  days: number;
  prevFrom: string;
  prevTo: string;
}

/** A whole number of days in [min, max], as the dashboard's and the coverage's windows take them. */
export const daysSchema = (min: number, max: number) =>
  wholeNumber('天数', min, max, { min: `至少${min}天`, max: `最多${max}天` });

/** One level of the drill-down trail (城市 → 县区 → 乡镇 → 村 → 先锋岗). */
export interface Crumb {
  id: string;
  name: string;
  level: RegionLevel | 'post';
}
