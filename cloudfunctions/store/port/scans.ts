/** The store port's groups of scans and the statistics kept from them. */
import type { DailyStat, ScanRecord } from '~/types/domain';
import type {
  LocateOutcome,
  OutsideCell,
  PeriodTotal,
  PostBoard,
  RecordOutcome,
  RepairOutcome,
  RollupOutcome,
  ScanFix,
} from '../rows';

/** The store's raw scans (扫码). */
export interface ScansPort {
  /**
   * Appends one scan and bumps the daily counters of every subject (the post id and its region codes) in one
   * unit: either all of it is written or none. A scanId already stored for the same post is a 'duplicate'
   * (nothing changes); for another post a 'conflict' (nothing changes).
   */
  record(scan: ScanRecord, subjects: string[]): Promise<RecordOutcome>;
  /**
   * Adds a location to a recorded scan that has none (same post and visitor, made at or after `fix.since`) and
   * counts it in the daily counters of every subject (in circle / with location), so a scan is never counted
   * twice: its scanId is the key. A second fix of the same scan changes nothing ('unchanged').
   */
  locate(fix: ScanFix, subjects: string[]): Promise<LocateOutcome>;
  /** How many raw scans are stored (for tests and the repair command). */
  count(): Promise<number>;
  /**
   * Repairs at most `limit` scans a crash or a lost reply left half-recorded, as of `now` (ms): rebuilds exactly
   * the daily counters they touch from the raw scans. A no-op where `record` is one transaction (SQLite).
   */
  repairPending(now: number, limit: number): Promise<RepairOutcome>;
}

/** The store's statistics (统计). */
export interface StatsPort {
  /** Daily stats of one subject for the given days (yyyymmdd); days without scans are left out. */
  daily(subject: string, days: string[]): Promise<DailyStat[]>;
  /** Daily stats of several subjects for days in [from, to] (yyyymmdd, inclusive); days without scans left out. */
  range(subjects: string[], from: string, to: string): Promise<DailyStat[]>;
  /**
   * Totals per subject over [from, to] from the cumulative rollups (cumulative through `to` minus through the
   * day before `from`), as fresh as the last rollup. Subjects without scans in the period are left out. The cost
   * does not grow with the number of scans or days (CloudBase: two queries per thousand subjects).
   */
  periodTotals(subjects: string[], from: string, to: string): Promise<PeriodTotal[]>;
  /** The last day (yyyymmdd) each subject was scanned, from the rollups; never-scanned subjects are left out. */
  lastScanDays(subjects: string[]): Promise<Map<string, string>>;
  /**
   * Scans per post over [from, to] and last scan days of the posts under `prefix`, as fresh as the last rollup:
   * a constant number of reads whatever the number of posts (CloudBase: per-county day and month documents).
   */
  postBoard(prefix: string, from: string, to: string): Promise<PostBoard>;
  /** Scans of one subject by hour of day (24 numbers, CST) over days [from, to], from the hour rollups. */
  hours(subject: string, from: string, to: string): Promise<number[]>;
  /** Out-of-circle scan cells of posts whose village code starts with `prefix`, over days [from, to]. */
  outsideCells(prefix: string, from: string, to: string): Promise<OutsideCell[]>;
  /**
   * One incremental rollup run (the timer's job): folds raw scans appended since the last run (at most
   * `limit`) into the hour and out-of-circle cell rollups, and brings the cumulative totals of every subject
   * whose daily counters changed since up to date. Running it again with nothing new changes nothing.
   */
  rollup(limit: number, at: number): Promise<RollupOutcome>;
  /** When the rollups were last run, or null. */
  rolledAt(): Promise<number | null>;
  /**
   * The repair command: rebuilds every aggregate (daily counters, visitor days, hours, cells, cumulative totals)
   * from the raw scans and the posts' current regions, in one unit. Returns how many scans were read.
   */
  rebuild(at: number): Promise<{ scans: number }>;
}
