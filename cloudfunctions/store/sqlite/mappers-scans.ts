/** `scans` and `daily_stats` rows as SQLite returns them, and their conversion from the domain types. */
import type { DailyStat, ScanRecord } from '~/types/domain';
/** A `daily_stats` row. */
export interface DailyStatDbRow {
  subject: string;
  day: string;
  count: number;
  unique_visitors: number;
  in_circle: number;
  with_location: number;
}

/**
 * The parameters of a `scans` insert, in column order: scan_id, post_id, visitor, at, source, distance_m, in_circle,
 * cell_lat, cell_lng. Positional rather than named: the driver reads a named one from its object by name, nine
 * property lookups on every scan.
 */
export type ScanParams = [
  scanId: string,
  postId: string,
  visitor: string,
  at: number,
  source: string,
  distanceM: number | null,
  inCircle: 0 | 1 | null,
  cellLat: number | null,
  cellLng: number | null,
];

/** Daily stat row → domain. */
export function toDailyStat(r: DailyStatDbRow): DailyStat {
  return {
    subject: r.subject,
    day: r.day,
    count: r.count,
    unique: r.unique_visitors,
    inCircle: r.in_circle,
    withLocation: r.with_location,
  };
}

/** Scan → insert parameters (SQLite has no boolean). */
export function scanParams(s: ScanRecord): ScanParams {
  return [
    s.scanId,
    s.postId,
    s.visitor,
    s.at,
    s.source,
    s.distanceM,
    s.inCircle === null ? null : s.inCircle ? 1 : 0,
    s.cell ? s.cell.lat : null,
    s.cell ? s.cell.lng : null,
  ];
}

/** SQLite stores booleans as 0/1. */
export function bit(b: boolean): 0 | 1 {
  return b ? 1 : 0;
}
