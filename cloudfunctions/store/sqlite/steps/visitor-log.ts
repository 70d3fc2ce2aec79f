/**
 * Schema step 4: the visitor log (访客日志), an append-only table beside visitor_days that holds the current day's
 * visitor-days rows until the day ends (visitor-days.ts).
 *
 * Why: visitor_days is keyed by day and visitor hash, so each new visitor's row went to a random page of a large
 * index, one more page written to the WAL (and copied back by the checkpoint) with every scan. Measured on the
 * recorder alone (50 scans a commit, each a new visitor): ≈ 40 µs of CPU a scan with that insert, ≈ 20 µs
 * without. An append touches the last page only; the day's rows join visitor_days in one sorted pass when the
 * next day begins. A rowid table with no index: nothing here is looked up by key (the day's set is in memory).
 */
import type { Migration } from '../schema';

/** The step; the log starts empty, so a file made before it keeps every row where it was. */
export const VISITOR_LOG: Migration = {
  version: 4,
  name: 'visitor_log: the current day of visitor_days, appended',
  sql: `
CREATE TABLE visitor_log (
  day TEXT NOT NULL CHECK (length(day) = 8),
  visitor TEXT NOT NULL,
  -- Subjects the visitor was first counted in by this scan, separated by single spaces (as in visitor_days).
  subjects TEXT NOT NULL CHECK (length(subjects) > 0 AND subjects NOT LIKE '% ' AND subjects NOT LIKE ' %')
);
`,
};
