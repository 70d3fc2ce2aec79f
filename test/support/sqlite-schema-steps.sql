-- Generated once from the development chain of schema steps (1–8) as it stood when the schema was
-- squashed for the first release; do not edit. Only test/cloud/store-sqlite-schema.test.ts reads it: the squashed
-- schema must equal the end state of these steps, and a file these steps made is adopted as schema version 1.

-- step 1: network, users and scans
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

-- step 2: grid cells of posts, resident requests
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

-- step 3: evidence photos
CREATE TABLE photos (
  id TEXT PRIMARY KEY,
  owner TEXT NOT NULL CHECK (length(owner) > 0),
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
  bytes BLOB NOT NULL,
  created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX photos_by_owner ON photos (owner);

-- step 4: handling requests: versions, answers, ratings, audit log, outbox, invites, templates
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

-- step 5: rollups, out-of-circle cells, post history, volunteer deactivation, admin invites
ALTER TABLE scans ADD COLUMN cell_lat REAL;
ALTER TABLE scans ADD COLUMN cell_lng REAL;

ALTER TABLE daily_stats ADD COLUMN dirty INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1));
CREATE INDEX daily_stats_dirty ON daily_stats (subject, day) WHERE dirty = 1;

-- Totals of a subject from its first day through `day`: a period's total is two seeks, whatever its length.
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

-- step 6: service points: the channels they serve
ALTER TABLE services ADD COLUMN channels TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(channels));
UPDATE services SET channels = '["mediation","handover"]' WHERE kind = 'judicialOffice';
UPDATE services SET channels = '["mediation"]' WHERE kind = 'mediationRoom';
UPDATE services SET channels = '["aid","handover"]' WHERE kind = 'legalAidCentre';
UPDATE services SET channels = '["aidWomen"]' WHERE kind = 'legalAidStation' AND name LIKE '%妇女法律援助工作站';
UPDATE services SET channels = '["aidStudent"]' WHERE kind = 'legalAidStation' AND name = '白城师范学院法律援助工作站';

-- step 7: audit log: kind, actor role, detail; read newest first
ALTER TABLE audit_log ADD COLUMN kind TEXT NOT NULL DEFAULT 'admin'
  CHECK (kind IN ('reveal', 'evidence', 'decision', 'admin'));
ALTER TABLE audit_log ADD COLUMN actor_role TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN detail TEXT NOT NULL DEFAULT '';
DROP TRIGGER audit_log_no_update;
UPDATE audit_log SET kind = 'reveal' WHERE action LIKE 'reveal.%';
UPDATE audit_log SET kind = 'evidence' WHERE action = 'view.photos';
UPDATE audit_log SET kind = 'decision' WHERE action LIKE 'aid.%' OR action LIKE 'mediation.%';
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE INDEX audit_log_by_at ON audit_log (at, seq);
CREATE INDEX audit_log_by_kind_at ON audit_log (kind, at, seq);

-- step 8: visitor-days keyed by day and visitor first
CREATE TABLE visitor_days_next (
  day TEXT NOT NULL CHECK (length(day) = 8),
  visitor TEXT NOT NULL,
  subject TEXT NOT NULL CHECK (length(subject) > 0),
  PRIMARY KEY (day, visitor, subject)
) WITHOUT ROWID;
INSERT INTO visitor_days_next (day, visitor, subject) SELECT day, visitor, subject FROM visitor_days;
DROP TABLE visitor_days;
ALTER TABLE visitor_days_next RENAME TO visitor_days;
