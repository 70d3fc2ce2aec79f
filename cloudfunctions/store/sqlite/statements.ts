/**
 * Every SQL statement of the embedded store, prepared once per connection. Lists travel as one JSON array bound to
 * `json_each(?)`, so a statement never has to be re-prepared for another list length.
 */
import type Database from 'better-sqlite3';
import type {
  DailyStatDbRow,
  PostDbRow,
  RegionDbRow,
  ScanParams,
  ServiceDbRow,
  UserDbRow,
  VolunteerDbRow,
} from './mappers';

/** Bounds of a lat/lng box plus the kinds asked for (a JSON array). */
export interface BoxParams {
  kinds: string;
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** Counter increments for one subject's daily row: one scan's, or the sum of a group commit's scans. */
export interface DailyBump {
  subject: string;
  day: string;
  count: number;
  unique: number;
  inCircle: number;
  withLocation: number;
}

const VOLUNTEER_WITH_POSTS = `SELECT v.*, (
    SELECT json_group_array(post_id) FROM (
      SELECT post_id FROM volunteer_posts WHERE volunteer_id = v.id ORDER BY post_id)
  ) AS post_ids
  FROM volunteers v`;

/** Prepares the statements of one connection. */
export function prepareStatements(db: Database.Database) {
  return {
    regionByCode: db.prepare<[string], RegionDbRow>('SELECT * FROM regions WHERE code = ?'),
    regionsByCodes: db.prepare<[string], RegionDbRow>(
      'SELECT * FROM regions WHERE code IN (SELECT value FROM json_each(?))',
    ),
    postById: db.prepare<[string], PostDbRow>('SELECT * FROM posts WHERE id = ?'),
    postsByIds: db.prepare<[string], PostDbRow>('SELECT * FROM posts WHERE id IN (SELECT value FROM json_each(?))'),
    // '' sorts before every id (ids are never empty), so "from the start" needs no second statement.
    postsAfter: db.prepare<[string, number], PostDbRow>('SELECT * FROM posts WHERE id > ? ORDER BY id LIMIT ?'),
    postsAfterWithStatus: db.prepare<[string, string, number], PostDbRow>(
      'SELECT * FROM posts WHERE status = ? AND id > ? ORDER BY id LIMIT ?',
    ),
    volunteersForPost: db.prepare<[string, number], VolunteerDbRow>(
      `${VOLUNTEER_WITH_POSTS}
       JOIN volunteer_posts vp ON vp.volunteer_id = v.id
       WHERE vp.post_id = ?
       ORDER BY v.is_mediator DESC, v.name, v.id
       LIMIT ?`,
    ),
    servicesInBox: db.prepare<[BoxParams], ServiceDbRow>(
      `SELECT * FROM services
       WHERE kind IN (SELECT value FROM json_each(@kinds))
         AND lat BETWEEN @minLat AND @maxLat AND lng BETWEEN @minLng AND @maxLng`,
    ),
    servicesLocated: db.prepare<[string], ServiceDbRow>(
      `SELECT * FROM services
       WHERE kind IN (SELECT value FROM json_each(?)) AND lat IS NOT NULL AND lng IS NOT NULL`,
    ),
    insertScan: db.prepare<ScanParams>(
      `INSERT OR IGNORE INTO scans (scan_id, post_id, visitor, at, source, distance_m, in_circle, cell_lat, cell_lng)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    scanPostId: db.prepare<[string], string>('SELECT post_id FROM scans WHERE scan_id = ?').pluck(),
    countScans: db.prepare<[], number>('SELECT count(*) FROM scans').pluck(),
    // One row per (day, visitor): the subjects it is counted in that day (steps/visitor-day-rows.ts).
    insertVisitorDay: db.prepare<[string, string, string]>(
      'INSERT OR IGNORE INTO visitor_days (day, visitor, subjects) VALUES (?, ?, ?)',
    ),
    visitorDaySubjects: db
      .prepare<[string, string], string>('SELECT subjects FROM visitor_days WHERE day = ? AND visitor = ?')
      .pluck(),
    setVisitorDaySubjects: db.prepare<[string, string, string]>(
      'UPDATE visitor_days SET subjects = ? WHERE day = ? AND visitor = ?',
    ),
    // The current day's visitor-days rows, appended (steps/visitor-log.ts, visitor-days.ts).
    appendVisitorLog: db.prepare<[string, string, string]>(
      'INSERT INTO visitor_log (day, visitor, subjects) VALUES (?, ?, ?)',
    ),
    visitorLogDay: db.prepare<[], string>('SELECT day FROM visitor_log ORDER BY rowid LIMIT 1').pluck(),
    visitorLogRows: db.prepare<[string], { visitor: string; subjects: string }>(
      'SELECT visitor, subjects FROM visitor_log WHERE day = ?',
    ),
    visitorDayRows: db.prepare<[string, number], { visitor: string; subjects: string }>(
      'SELECT visitor, subjects FROM visitor_days WHERE day = ? LIMIT ?',
    ),
    // A visitor's log rows of one day hold disjoint subjects, none already in its visitor_days row: they join it.
    foldVisitorLog: db.prepare(
      `INSERT INTO visitor_days (day, visitor, subjects)
       SELECT day, visitor, group_concat(subjects, ' ') FROM visitor_log WHERE true GROUP BY day, visitor
       ON CONFLICT (day, visitor) DO UPDATE SET subjects = subjects || ' ' || excluded.subjects`,
    ),
    clearVisitorLog: db.prepare('DELETE FROM visitor_log'),
    bumpDaily: db.prepare<[DailyBump]>(
      `INSERT INTO daily_stats (subject, day, count, unique_visitors, in_circle, with_location)
       VALUES (@subject, @day, @count, @unique, @inCircle, @withLocation)
       ON CONFLICT (subject, day) DO UPDATE SET
         dirty = 1,
         count = count + excluded.count,
         unique_visitors = unique_visitors + excluded.unique_visitors,
         in_circle = in_circle + excluded.in_circle,
         with_location = with_location + excluded.with_location`,
    ),
    dailyStats: db.prepare<[string, string], DailyStatDbRow>(
      `SELECT * FROM daily_stats
       WHERE subject = ? AND day IN (SELECT value FROM json_each(?))
       ORDER BY day`,
    ),
    userByOpenid: db.prepare<[string], UserDbRow>('SELECT * FROM users WHERE openid = ?'),
    users: db.prepare<[number], UserDbRow>('SELECT * FROM users ORDER BY openid LIMIT ?'),
    metaGet: db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck(),
    metaSet: db.prepare<[string, string]>(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
    // meta.set: the expiry is replaced with the value (null for a setting kept for good).
    metaSetUntil: db.prepare<[string, string, number | null]>(
      `INSERT INTO meta (key, value, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
    ),
    // Plain INSERTs: a row already present must fail the whole load.
    insertRegion: db.prepare<[RegionDbRow]>(
      `INSERT INTO regions (code, name, level, parent_code, lat, lng)
       VALUES (@code, @name, @level, @parent_code, @lat, @lng)`,
    ),
    insertPost: db.prepare<[PostDbRow & { cell: number }]>(
      `INSERT INTO posts (id, name, address, village_code, township_code, county_code, lat, lng, radius_m, status,
         created_at, cell)
       VALUES (@id, @name, @address, @village_code, @township_code, @county_code, @lat, @lng, @radius_m, @status,
         @created_at, @cell)`,
    ),
    insertService: db.prepare<[ServiceDbRow]>(
      `INSERT INTO services (id, kind, name, region_code, address, phone, hours, lat, lng, stars, note, channels)
       VALUES (@id, @kind, @name, @region_code, @address, @phone, @hours, @lat, @lng, @stars, @note, @channels)`,
    ),
    insertVolunteer: db.prepare<[Omit<VolunteerDbRow, 'post_ids'>]>(
      `INSERT INTO volunteers (id, name, village_code, phone, phone_public, is_mediator, hours, photo_file_id, active)
       VALUES (@id, @name, @village_code, @phone, @phone_public, @is_mediator, @hours, @photo_file_id, @active)`,
    ),
    insertVolunteerPost: db.prepare<[string, string]>(
      'INSERT INTO volunteer_posts (volunteer_id, post_id) VALUES (?, ?)',
    ),
    insertUser: db.prepare<[UserDbRow]>(
      `INSERT INTO users (openid, role, region_code, label, volunteer_id, service_id)
       VALUES (@openid, @role, @region_code, @label, @volunteer_id, @service_id)`,
    ),
  };
}

/** The prepared statements of one connection. */
export type Statements = ReturnType<typeof prepareStatements>;
