/**
 * What both adapters agree on about the rollups behind the dashboard: how long the visitor-day sets are kept, the
 * settings that record a rollup's progress, and the CST hour of a scan.
 *
 * Visitor days (the per-day de-dup set of visitors) grow like the raw scans, so only the last VISITOR_DAYS_KEPT
 * days are kept: a rollup at `at` prunes the days before visitorHorizon(at) and records that horizon. A scan that
 * arrives later for a day before the recorded horizon (a phone that queued it offline) still counts as a scan, in
 * the circle and located, but not as a new unique visitor: a day's visitors are final once it is 7 days old.
 * The repair command (rebuild) recounts unique visitors exactly from the raw scans.
 */
import { CST_OFFSET_MS, DAY_MS, dayKey } from '~/types/day';

/** Days of visitor de-dup sets kept before today's (older days' unique counts are final). */
export const VISITOR_DAYS_KEPT = 7;

/** The first day (yyyymmdd) whose visitor set is still kept after a rollup at `at`. */
export function visitorHorizon(at: number): string {
  return dayKey(at - VISITOR_DAYS_KEPT * DAY_MS);
}

/** The hour of day (0–23) in China Standard Time of `ms`. */
export function cstHour(ms: number): number {
  return Math.floor(((((ms + CST_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS) / 3600_000);
}

/** Settings (meta keys) written by rollup and rebuild. */
export const ROLLUP_META = {
  /** The last rollup's time (ms). */
  rolledAt: 'rollup_at',
  /** The first day whose visitor set is kept (yyyymmdd); absent: every day's is. */
  visitorHorizon: 'visitor_days_from',
  /** SQLite: the rowid of the last raw scan folded into the hour and cell rollups. */
  scanRowid: 'rollup_scan_rowid',
} as const;
