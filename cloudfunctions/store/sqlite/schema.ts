/**
 * The embedded store's schema as numbered migrations. Each step runs once, in order, in its own IMMEDIATE
 * transaction and is recorded in `schema_migrations`, so reopening a file (or two processes opening it at once)
 * never applies a step twice (the runner is migrate.ts). Append new steps; never edit a released one.
 */
import { MIGRATION_5 } from './migration-5';
import { MIGRATION_SERVICE_CHANNELS } from './migration-channels';
import { MIGRATION_AUDIT_SHAPE } from './migration-audit';
import { MIGRATION_VISITOR_DAYS_KEY } from './migration-visitor-days';

/** One numbered schema step. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every schema step, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'network, users and scans',
    sql: `
CREATE TABLE regions (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('city', 'county', 'township', 'village')),
  parent_code TEXT,
  lat REAL NOT NULL,
  lng REAL NOT NULL
) WITHOUT ROWID;
CREATE INDEX regions_by_parent ON regions (parent_code);

CREATE TABLE posts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  address TEXT NOT NULL,
  village_code TEXT NOT NULL,
  township_code TEXT NOT NULL,
  county_code TEXT NOT NULL,
  lat REAL NOT NULL,
  lng REAL NOT NULL,
  radius_m REAL NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'retired')),
  created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX posts_by_status ON posts (status, id);
CREATE INDEX posts_by_village ON posts (village_code);
CREATE INDEX posts_by_township ON posts (township_code);
CREATE INDEX posts_by_county ON posts (county_code);

CREATE TABLE services (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  region_code TEXT NOT NULL,
  address TEXT NOT NULL,
  phone TEXT NOT NULL,
  hours TEXT NOT NULL,
  lat REAL,
  lng REAL,
  stars INTEGER,
  note TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX services_by_kind_geo ON services (kind, lat, lng);
CREATE INDEX services_by_region ON services (region_code);

CREATE TABLE volunteers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  village_code TEXT NOT NULL,
  phone TEXT NOT NULL,
  phone_public INTEGER NOT NULL CHECK (phone_public IN (0, 1)),
  is_mediator INTEGER NOT NULL CHECK (is_mediator IN (0, 1)),
  hours TEXT NOT NULL
) WITHOUT ROWID;

-- Deferred keys: a dataset may list its rows in any order; integrity is checked at commit.
CREATE TABLE volunteer_posts (
  volunteer_id TEXT NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  post_id TEXT NOT NULL REFERENCES posts (id) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (volunteer_id, post_id)
) WITHOUT ROWID;
CREATE INDEX volunteer_posts_by_post ON volunteer_posts (post_id, volunteer_id);

CREATE TABLE users (
  openid TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('resident', 'volunteer', 'mediator', 'staff', 'admin')),
  region_code TEXT NOT NULL,
  label TEXT NOT NULL,
  volunteer_id TEXT REFERENCES volunteers (id) DEFERRABLE INITIALLY DEFERRED
) WITHOUT ROWID;

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- Raw scans are the source of truth; no foreign key to posts so the hot path does one index probe less.
CREATE TABLE scans (
  scan_id TEXT PRIMARY KEY,
  post_id TEXT NOT NULL,
  visitor TEXT NOT NULL,
  at INTEGER NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('qr', 'link', 'recent', 'manual')),
  distance_m REAL,
  in_circle INTEGER CHECK (in_circle IN (0, 1))
);
CREATE INDEX scans_by_post ON scans (post_id, at);

CREATE TABLE visitor_days (
  subject TEXT NOT NULL CHECK (length(subject) > 0),
  day TEXT NOT NULL CHECK (length(day) = 8),
  visitor TEXT NOT NULL,
  PRIMARY KEY (subject, day, visitor)
) WITHOUT ROWID;

CREATE TABLE daily_stats (
  subject TEXT NOT NULL CHECK (length(subject) > 0),
  day TEXT NOT NULL CHECK (length(day) = 8),
  count INTEGER NOT NULL,
  unique_visitors INTEGER NOT NULL,
  in_circle INTEGER NOT NULL,
  with_location INTEGER NOT NULL,
  PRIMARY KEY (subject, day)
) WITHOUT ROWID;
`,
  },
  {
    version: 2,
    name: 'grid cells of posts, resident requests',
    // The cell key is geo/grid.ts's cellKey(floor(lat*100), floor(lng*100)); CAST truncates toward zero, so
    // negative coordinates subtract one more to floor. Rows loaded later get the key from the adapter.
    sql: `
ALTER TABLE posts ADD COLUMN cell INTEGER;
UPDATE posts SET cell =
  (CAST(lat * 100 AS INTEGER) - (lat * 100 < CAST(lat * 100 AS INTEGER)) + 9000) * 36001
  + (CAST(lng * 100 AS INTEGER) - (lng * 100 < CAST(lng * 100 AS INTEGER)) + 18000);
CREATE INDEX posts_by_cell ON posts (cell, status, lat, lng);
CREATE INDEX posts_by_township_status ON posts (township_code, status, id);

CREATE TABLE requests (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('question', 'mediation', 'aid')),
  owner TEXT NOT NULL CHECK (length(owner) > 0),
  client_id TEXT NOT NULL,
  post_id TEXT NOT NULL,
  village_code TEXT NOT NULL,
  township_code TEXT NOT NULL,
  county_code TEXT NOT NULL,
  assignee TEXT NOT NULL,
  status TEXT NOT NULL,
  title TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  due_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE UNIQUE INDEX requests_by_owner_client ON requests (owner, client_id);
CREATE INDEX requests_by_owner_created ON requests (owner, created_at);
CREATE INDEX requests_by_assignee ON requests (assignee, status);

CREATE TABLE request_events (
  request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  at INTEGER NOT NULL,
  status TEXT NOT NULL,
  by_label TEXT NOT NULL,
  note TEXT NOT NULL,
  PRIMARY KEY (request_id, seq)
) WITHOUT ROWID;

CREATE TABLE request_answers (
  request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  at INTEGER NOT NULL,
  by_label TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (request_id, seq)
) WITHOUT ROWID;
`,
  },
  {
    version: 3,
    name: 'evidence photos',
    // In the database rather than files beside it: one file to back up, and a photo and its owner are written
    // (and deleted with deleteMyData) in one transaction. At ≤ 3 × 2 MB a request, BLOBs are well within SQLite.
    sql: `
CREATE TABLE photos (
  id TEXT PRIMARY KEY,
  owner TEXT NOT NULL CHECK (length(owner) > 0),
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
  bytes BLOB NOT NULL,
  created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX photos_by_owner ON photos (owner);
`,
  },
  {
    version: 4,
    name: 'handling requests: versions, answers, ratings, audit log, outbox, invites, templates',
    // Existing requests start at version 1 (the column default). The audit log is append-only: triggers refuse any
    // UPDATE or DELETE, and it has no foreign key to requests, so deleting a resident's data keeps who saw it.
    sql: `
ALTER TABLE requests ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE requests ADD COLUMN answered_by TEXT;
ALTER TABLE requests ADD COLUMN first_answer_at INTEGER;
ALTER TABLE requests ADD COLUMN rating INTEGER CHECK (rating BETWEEN 1 AND 5);
ALTER TABLE requests ADD COLUMN rating_word TEXT;
ALTER TABLE requests ADD COLUMN reminded_at INTEGER;
ALTER TABLE requests ADD COLUMN escalated_at INTEGER;
ALTER TABLE request_answers ADD COLUMN guide_ids TEXT NOT NULL DEFAULT '[]';
ALTER TABLE users ADD COLUMN service_id TEXT;
ALTER TABLE volunteers ADD COLUMN photo_file_id TEXT;

CREATE INDEX requests_by_assignee_due ON requests (assignee, status, due_at);
CREATE INDEX requests_by_assignee_updated ON requests (assignee, updated_at);
CREATE INDEX requests_due_questions ON requests (due_at) WHERE assignee LIKE 'post:%' AND status = 'pending';
CREATE INDEX requests_by_answerer ON requests (answered_by, first_answer_at);
CREATE INDEX users_by_volunteer ON users (volunteer_id);
CREATE INDEX users_by_service ON users (service_id);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  actor_label TEXT NOT NULL,
  action TEXT NOT NULL,
  request_id TEXT NOT NULL
);
CREATE INDEX audit_log_by_request ON audit_log (request_id, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE outbox (
  id TEXT PRIMARY KEY,
  recipient TEXT NOT NULL CHECK (length(recipient) > 0),
  at INTEGER NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  request_id TEXT,
  target TEXT CHECK (target IN ('resident', 'work')),
  read_at INTEGER
) WITHOUT ROWID;
CREATE INDEX outbox_by_recipient ON outbox (recipient, at);

CREATE TABLE invites (
  code TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('volunteer', 'mediator', 'staff')),
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
CREATE INDEX invites_by_region ON invites (region_code, created_at);

CREATE TABLE answer_templates (
  id TEXT PRIMARY KEY,
  owner TEXT NOT NULL CHECK (length(owner) > 0),
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  guide_ids TEXT NOT NULL CHECK (json_valid(guide_ids)),
  created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX answer_templates_by_owner ON answer_templates (owner, created_at, id);
`,
  },
  MIGRATION_5,
  MIGRATION_SERVICE_CHANNELS,
  MIGRATION_AUDIT_SHAPE,
  MIGRATION_VISITOR_DAYS_KEY,
];
