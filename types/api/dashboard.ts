/**
 * Contract of the admin dashboard (统计看板), the coverage of the service circles (服务圈覆盖) and CSV export.
 * Every figure comes from the daily counters and the rollups, never from raw scans (DESIGN.md, Scans and statistics).
 */
import * as v from 'valibot';
import type { RegionLevel } from '../domain';
import { daysSchema, PeriodSchema, SubjectSchema, type Crumb, type ResolvedPeriod } from './period';

export * from './coverage';
export * from './export';
export * from './period';

/** admin.dashboard: everything the dashboard page shows for one subject and period, in one call. */
export const DashboardInputSchema = v.strictObject({
  subject: v.optional(SubjectSchema),
  period: PeriodSchema,
  /** A post counts as idle (闲置) after this many days without a scan. */
  idleDays: v.optional(daysSchema(1, 365), 30),
});
export type DashboardInput = v.InferInput<typeof DashboardInputSchema>;

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
  /** Median hours to the first answer, to the minute (pages word it with types/duration: 2分钟, 2.5小时). */
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
  /**
   * Questions answered in the period: how fast, and how many within the promise; the volunteers who answered (the 20
   * with most answers on screen, every one in the export), how many there are, and how many answers were theirs (the
   * rest came from judicial-office staff 司法所工作人员 and others).
   */
  answers: {
    answered: number;
    medianHours: number | null;
    onTimePct: number | null;
    volunteers: VolunteerAnswers[];
    volunteerCount: number;
    byVolunteers: number;
  };
  /** Mediation (调解) and legal aid (法律援助) requests made in the period, by where they stand now. */
  services: {
    mediation: { received: number; open: number; agreed: number; failed: number };
    aid: { received: number; open: number; approved: number; declined: number };
  };
  /** When the rollups behind top/idle/hours were last brought up to date (ms), or null when never. */
  rolledAt: number | null;
}
