/** Tables of scans and the statistics kept from them: daily counters, visitor days and the rollups. */
export const SCAN_TABLES = `
-- Raw scans are the source of truth; no foreign key to posts so the hot path does one index probe less. A rowid
-- table: the rollup's watermark is the rowid of the last scan it folded.
CREATE TABLE scans (
  scan_id TEXT PRIMARY KEY,
  post_id TEXT NOT NULL,
  visitor TEXT NOT NULL,
  at INTEGER NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('qr', 'link', 'recent', 'manual')),
  distance_m REAL,
  in_circle INTEGER CHECK (in_circle IN (0, 1)),
  cell_lat REAL,
  cell_lng REAL
);
CREATE INDEX scans_by_post ON scans (post_id, at);

-- Keyed day and visitor first: the five rows of one scan (post, village, township, county, city) are neighbours in
-- one page, so a scan dirties one page of this table, not five; pruning by day is a range at the front.
CREATE TABLE visitor_days (
  day TEXT NOT NULL CHECK (length(day) = 8),
  visitor TEXT NOT NULL,
  subject TEXT NOT NULL CHECK (length(subject) > 0),
  PRIMARY KEY (day, visitor, subject)
) WITHOUT ROWID;

-- dirty: changed since the last rollup brought the subject's cumulative totals up to date.
CREATE TABLE daily_stats (
  subject TEXT NOT NULL CHECK (length(subject) > 0),
  day TEXT NOT NULL CHECK (length(day) = 8),
  count INTEGER NOT NULL,
  unique_visitors INTEGER NOT NULL,
  in_circle INTEGER NOT NULL,
  with_location INTEGER NOT NULL,
  dirty INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
  PRIMARY KEY (subject, day)
) WITHOUT ROWID;
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
`;
