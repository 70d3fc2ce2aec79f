/** Tables of the network: regions, posts and their history, service points, volunteers, bound users, settings. */
export const NETWORK_TABLES = `
CREATE TABLE regions (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('city', 'county', 'township', 'village')),
  parent_code TEXT,
  lat REAL NOT NULL,
  lng REAL NOT NULL
) WITHOUT ROWID;
CREATE INDEX regions_by_parent ON regions (parent_code);

-- cell: the post's grid key (geo/grid.ts cellKey), written by the adapter with every insert and move.
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
  created_at INTEGER NOT NULL,
  cell INTEGER
) WITHOUT ROWID;
CREATE INDEX posts_by_status ON posts (status, id);
CREATE INDEX posts_by_village ON posts (village_code);
CREATE INDEX posts_by_township ON posts (township_code);
CREATE INDEX posts_by_county ON posts (county_code);
CREATE INDEX posts_by_cell ON posts (cell, status, lat, lng);
CREATE INDEX posts_by_township_status ON posts (township_code, status, id);

CREATE TABLE post_history (
  post_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  by TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'edit', 'move', 'retire', 'restore', 'import')),
  summary TEXT NOT NULL
);
CREATE INDEX post_history_by_post ON post_history (post_id, at);

-- channels: the ones a point serves (types/services.ts), a JSON array.
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
  note TEXT NOT NULL,
  channels TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(channels))
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
  hours TEXT NOT NULL,
  photo_file_id TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX volunteers_by_village ON volunteers (village_code, id);

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
  volunteer_id TEXT REFERENCES volunteers (id) DEFERRABLE INITIALLY DEFERRED,
  service_id TEXT
) WITHOUT ROWID;
CREATE INDEX users_by_volunteer ON users (volunteer_id);
CREATE INDEX users_by_service ON users (service_id);
CREATE INDEX users_by_role ON users (role);

CREATE TABLE invites (
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
CREATE INDEX invites_by_region ON invites (region_code, created_at);

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
`;
