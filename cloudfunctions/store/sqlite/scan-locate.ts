/**
 * scans.locate on the embedded store: a location sent after its scan, in one transaction. The scan row takes the
 * distance (only if it has none: the scanId keeps it from counting twice), the day's counters of every subject
 * take it as "with location" (and "in circle"), marked dirty so the next rollup carries it into the cumulative
 * totals. An out-of-circle cell is kept on the row for the rollup's fold; if the fold has already passed the row
 * (its rowid is at or under the watermark), the cell is added to outside_cells here instead.
 */
import type Database from 'better-sqlite3';
import { dayKey } from '~/types/day';
import type { LocateOutcome, ScanFix } from '../port';
import { ROLLUP_META } from '../rollups';
import { bit } from './mappers';
import type { Statements } from './statements';
import { writeTransaction } from './write-transaction';

/** Builds `locate(fix, subjects)` over one connection. */
export function scanLocator(db: Database.Database, shared: Statements) {
  const st = {
    apply: db.prepare<[Record<string, unknown>], { rowid: number; at: number }>(
      `UPDATE scans SET distance_m = @distanceM, in_circle = @inCircle, cell_lat = @cellLat, cell_lng = @cellLng
       WHERE scan_id = @scanId AND post_id = @postId AND visitor = @visitor AND distance_m IS NULL AND at >= @since
       RETURNING rowid, at`,
    ),
    exists: db
      .prepare<[string, string, string], number>(
        'SELECT 1 FROM scans WHERE scan_id = ? AND post_id = ? AND visitor = ? AND distance_m IS NOT NULL',
      )
      .pluck(),
    bump: db.prepare<[{ subject: string; day: string; inCircle: number }]>(
      `UPDATE daily_stats SET in_circle = in_circle + @inCircle, with_location = with_location + 1, dirty = 1
       WHERE subject = @subject AND day = @day`,
    ),
    cell: db.prepare<[{ postId: string; day: string; lat: number; lng: number }]>(
      `INSERT INTO outside_cells (village_code, day, cell_lat, cell_lng, post_id, township_code, count)
       SELECT village_code, @day, @lat, @lng, id, township_code, 1 FROM posts WHERE id = @postId
       ON CONFLICT (village_code, day, cell_lat, cell_lng, post_id) DO UPDATE SET count = count + 1`,
    ),
  };
  const run = writeTransaction(db, (fix: ScanFix, subjects: string[]): LocateOutcome => {
    const row = st.apply.get({
      scanId: fix.scanId,
      postId: fix.postId,
      visitor: fix.visitor,
      since: fix.since,
      distanceM: fix.distanceM,
      inCircle: bit(fix.inCircle),
      cellLat: fix.cell?.lat ?? null,
      cellLng: fix.cell?.lng ?? null,
    });
    if (!row) return st.exists.get(fix.scanId, fix.postId, fix.visitor) === undefined ? 'missing' : 'unchanged';
    const day = dayKey(row.at);
    for (const subject of new Set(subjects)) st.bump.run({ subject, day, inCircle: bit(fix.inCircle) });
    const folded = Number(shared.metaGet.get(ROLLUP_META.scanRowid) ?? 0);
    if (fix.cell && row.rowid <= folded) st.cell.run({ postId: fix.postId, day, lat: fix.cell.lat, lng: fix.cell.lng });
    return 'located';
  });
  return run;
}
