/** Tables of residents' requests and their handling: timeline, answers, photos, audit log, outbox, templates. */
export const REQUEST_TABLES = `
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
  due_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  answered_by TEXT,
  first_answer_at INTEGER,
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),
  rating_word TEXT,
  reminded_at INTEGER,
  escalated_at INTEGER
) WITHOUT ROWID;
CREATE UNIQUE INDEX requests_by_owner_client ON requests (owner, client_id);
CREATE INDEX requests_by_owner_created ON requests (owner, created_at);
CREATE INDEX requests_by_assignee ON requests (assignee, status);
CREATE INDEX requests_by_assignee_due ON requests (assignee, status, due_at);
CREATE INDEX requests_by_assignee_updated ON requests (assignee, updated_at);
CREATE INDEX requests_due_questions ON requests (due_at) WHERE assignee LIKE 'post:%' AND status = 'pending';
CREATE INDEX requests_by_answerer ON requests (answered_by, first_answer_at);
CREATE INDEX requests_by_village_created ON requests (village_code, created_at);

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
  guide_ids TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (request_id, seq)
) WITHOUT ROWID;

-- In the database rather than files beside it: one file to back up, and a photo and its owner are written (and
-- deleted with deleteMyData) in one transaction. At ≤ 3 × 2 MB a request, BLOBs are well within SQLite.
CREATE TABLE photos (
  id TEXT PRIMARY KEY,
  owner TEXT NOT NULL CHECK (length(owner) > 0),
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
  bytes BLOB NOT NULL,
  created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX photos_by_owner ON photos (owner);

-- Append-only: triggers refuse any UPDATE or DELETE, and there is no foreign key to requests, so deleting a
-- resident's data keeps who saw it.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  actor_label TEXT NOT NULL,
  action TEXT NOT NULL,
  request_id TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'admin' CHECK (kind IN ('reveal', 'evidence', 'decision', 'admin')),
  actor_role TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_request ON audit_log (request_id, seq);
CREATE INDEX audit_log_by_at ON audit_log (at, seq);
CREATE INDEX audit_log_by_kind_at ON audit_log (kind, at, seq);
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

CREATE TABLE answer_templates (
  id TEXT PRIMARY KEY,
  owner TEXT NOT NULL CHECK (length(owner) > 0),
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  guide_ids TEXT NOT NULL CHECK (json_valid(guide_ids)),
  created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX answer_templates_by_owner ON answer_templates (owner, created_at, id);
`;
