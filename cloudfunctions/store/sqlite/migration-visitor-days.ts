/**
 * Migration 8: visitor-days keyed by (day, visitor, subject) instead of (subject, day, visitor). A scan adds one row
 * for each of its five subjects (post, village, township, county, city); under the old key those five rows sat in
 * five far-apart pages (a random visitor hash inside each subject's range), so every scan dirtied five pages of
 * this table alone and the WAL grew by as many pages per commit. Under the new key they are neighbours in one page.
 * The set is the same and is only ever inserted into (INSERT OR IGNORE), pruned by day (now a range at the front)
 * and rebuilt from the raw scans. Kept apart from schema.ts for length; schema.ts lists it in MIGRATIONS.
 */
import type { Migration } from './schema';

/** Rebuilds visitor_days with the visitor-first key, rows kept. */
export const MIGRATION_VISITOR_DAYS_KEY: Migration = {
  version: 8,
  name: 'visitor-days keyed by day and visitor first',
  sql: `
CREATE TABLE visitor_days_next (
  day TEXT NOT NULL CHECK (length(day) = 8),
  visitor TEXT NOT NULL,
  subject TEXT NOT NULL CHECK (length(subject) > 0),
  PRIMARY KEY (day, visitor, subject)
) WITHOUT ROWID;
INSERT INTO visitor_days_next (day, visitor, subject) SELECT day, visitor, subject FROM visitor_days;
DROP TABLE visitor_days;
ALTER TABLE visitor_days_next RENAME TO visitor_days;
`,
};
