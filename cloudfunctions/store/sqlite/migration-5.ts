/**
 * Migration 5 (issue 5, admins): the rollups behind the dashboard and the network's own records. Kept apart from
 * schema.ts only for length; schema.ts lists it in MIGRATIONS like every other step.
 */
import type { Migration } from './schema';

/** Rollups (cumulative totals, hours, out-of-circle cells), post history, volunteer deactivation, admin invites. */
export const MIGRATION_5: Migration = {
  version: 5,
  name: 'rollups, out-of-circle cells, post history, volunteer deactivation, admin invites',
  // Existing daily rows start dirty (the column default), so the first rollup builds their cumulative totals; the
  // raw-scan watermark starts at 0, so it also folds every existing scan into the hour rollup.
  // invites had a CHECK on role without 'admin': SQLite cannot alter a CHECK, so the table is rebuilt, rows kept.
  sql: `
ALTER TABLE scans ADD COLUMN cell_lat REAL;
ALTER TABLE scans ADD COLUMN cell_lng REAL;

ALTER TABLE daily_stats ADD COLUMN dirty INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1));
CREATE INDEX daily_stats_dirty ON daily_stats (subject, day) WHERE dirty = 1;

-- Totals of a subject from its first day through \`day\`: a period's total is two seeks, whatever its length.
CREATE TABLE cum_stats (
  subject TEXT NOT NULL,
  day TEXT NOT NULL,
  count INTEGER NOT NULL,
  unique_visitors INTEGER NOT NULL,
  in_circle INTEGER NOT NULL,
  with_location INTEGER NOT NULL,
  PRIMARY KEY (subject, day)
) WITHOUT ROWID;

CREATE TABLE hour_stats (
  subject TEXT NOT NULL,
  day TEXT NOT NULL,
  hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
  count INTEGER NOT NULL,
  PRIMARY KEY (subject, day, hour)
) WITHOUT ROWID;

-- A post never changes village, so the village code leads the key: a region's cells are one prefix range.
CREATE TABLE outside_cells (
  village_code TEXT NOT NULL,
  day TEXT NOT NULL,
  cell_lat REAL NOT NULL,
  cell_lng REAL NOT NULL,
  post_id TEXT NOT NULL,
  township_code TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (village_code, day, cell_lat, cell_lng, post_id)
) WITHOUT ROWID;

CREATE TABLE post_history (
  post_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  by TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'edit', 'move', 'retire', 'restore', 'import')),
  summary TEXT NOT NULL
);
CREATE INDEX post_history_by_post ON post_history (post_id, at);

ALTER TABLE volunteers ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
CREATE INDEX volunteers_by_village ON volunteers (village_code, id);

CREATE INDEX requests_by_village_created ON requests (village_code, created_at);
CREATE INDEX users_by_role ON users (role);

CREATE TABLE invites_v5 (
  code TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('volunteer', 'mediator', 'staff', 'admin')),
  region_code TEXT NOT NULL,
  name TEXT NOT NULL,
  post_ids TEXT NOT NULL CHECK (json_valid(post_ids)),
  service_id TEXT,
  volunteer_id TEXT,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_by TEXT,
  used_at INTEGER
) WITHOUT ROWID;
INSERT INTO invites_v5 SELECT code, role, region_code, name, post_ids, service_id, volunteer_id, created_by,
  created_at, expires_at, used_by, used_at FROM invites;
DROP TABLE invites;
ALTER TABLE invites_v5 RENAME TO invites;
CREATE INDEX invites_by_region ON invites (region_code, created_at);
`,
};
