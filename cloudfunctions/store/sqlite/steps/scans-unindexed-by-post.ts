/**
 * Schema step 5: the scans table loses its index by post and time (scans_by_post), which no query reads: the rollup
 * reads scans by rowid, a located scan is found by its id, and a rebuild reads every scan.
 *
 * Why: each scan wrote one entry of that index, and scans of many posts land on as many index pages, each written to
 * the WAL (and copied back by the checkpoint) in its commit. Measured on the insert alone (a scan and its visitor-log
 * row, 50 a commit): 24 µs a scan spread over 200 posts with the index, 6 µs without; 9.5 and 6 µs for one post.
 * A rebuild (rare: a repair) now reads the table instead of the index for its hourly counts.
 */
import type { Migration } from '../schema';

/** The step; dropping an index changes no row, and a file whose index was dropped by hand takes it as well. */
export const SCANS_UNINDEXED_BY_POST: Migration = {
  version: 5,
  name: 'scans: no index by post (no query reads it)',
  sql: 'DROP INDEX IF EXISTS scans_by_post;',
};
