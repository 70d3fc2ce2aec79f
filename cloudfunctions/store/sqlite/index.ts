/**
 * The embedded store adapter (better-sqlite3): the default for `npm start`, tests and single-machine deployments.
 * Calls are synchronous underneath; the port's promises only keep both adapters interchangeable.
 */
import Database from 'better-sqlite3';
import type { Store } from '../port';
import { toDailyStat, toPost, toRegion, toUser, toVolunteer } from './mappers';
import { nearestService } from './nearest';
import { migrate } from './schema';
import { prepareStatements } from './statements';
import { datasetLoader, scanRecorder } from './writes';

/** The store plus its connection, for tools (bench, repair) and tests that need raw SQL. */
export type SqliteStore = Store & { db: Database.Database };

/** How long a writer waits for another process's lock before failing (ms). */
const BUSY_TIMEOUT_MS = 5000;

/** Opens (creating and migrating if needed) the database at `file`; ':memory:' for a private in-memory one. */
export function openSqliteStore(file: string): SqliteStore {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL under WAL loses at most the last commits on power loss, never consistency; FULL halves scan throughput.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  const st = prepareStatements(db);
  const record = scanRecorder(db, st);
  const load = datasetLoader(db, st);

  return {
    db,
    regions: {
      byCode: async (code) => {
        const row = st.regionByCode.get(code);
        return row ? toRegion(row) : null;
      },
      byCodes: async (codes) => (codes.length ? st.regionsByCodes.all(JSON.stringify(codes)).map(toRegion) : []),
    },
    posts: {
      byId: async (id) => {
        const row = st.postById.get(id);
        return row ? toPost(row) : null;
      },
      page: async (afterId, limit, status) => {
        if (limit <= 0) return [];
        const rows = status
          ? st.postsAfterWithStatus.all(status, afterId ?? '', limit)
          : st.postsAfter.all(afterId ?? '', limit);
        return rows.map(toPost);
      },
    },
    volunteers: {
      forPost: async (postId, limit) => (limit > 0 ? st.volunteersForPost.all(postId, limit).map(toVolunteer) : []),
    },
    services: {
      nearest: async (kinds, point) => nearestService(st, kinds, point),
    },
    scans: {
      record: async (scan, subjects) => record(scan, subjects),
      count: async () => st.countScans.get() ?? 0,
    },
    stats: {
      daily: async (subject, days) =>
        days.length ? st.dailyStats.all(subject, JSON.stringify(days)).map(toDailyStat) : [],
    },
    users: {
      byOpenid: async (openid) => {
        const row = st.userByOpenid.get(openid);
        return row ? toUser(row) : null;
      },
      list: async (limit) => (limit > 0 ? st.users.all(limit).map(toUser) : []),
    },
    meta: {
      get: async (key) => st.metaGet.get(key) ?? null,
      set: async (key, value) => {
        st.metaSet.run(key, value);
      },
    },
    load: async (dataset) => load(dataset),
    close: async () => {
      if (db.open) db.close();
    },
  };
}
