/**
 * The embedded store adapter (better-sqlite3): the default for `npm start`, tests and single-machine deployments.
 * Calls are synchronous underneath; the port's promises only keep both adapters interchangeable. This file opens
 * the database and assembles the port's groups, one file each (posts.ts, requests.ts, scans.ts, stats.ts …).
 */
import Database from 'better-sqlite3';
import type { Store } from '../port';
import { sqliteAudit } from './audit';
import { WRITER_CHECKPOINT_PAGES, startCheckpointer, type Checkpointer } from './checkpointer';
import { datasetLoader } from './dataset';
import { sqliteInvites } from './invites';
import { sqliteMeta } from './meta';
import { migrate } from './migrate';
import { sqliteOutbox } from './outbox';
import { sqlitePhotos } from './photos';
import { PostCache } from './post-cache';
import { sqlitePosts } from './posts';
import { openPragmas } from './pragmas';
import { sqliteRegions } from './regions';
import { sqliteRequests } from './requests';
import { sqliteScans } from './scans';
import { sqliteServices } from './services';
import { prepareStatements } from './statements';
import { sqliteStats } from './stats';
import { sqliteTemplates } from './templates';
import { sqliteUsers } from './users';
import { sqliteVolunteers } from './volunteers';

/** Days of visitor de-dup sets kept before today's; older days' unique counts are final (see store/rollups.ts). */
export { VISITOR_DAYS_KEPT } from '../rollups';

/** The store plus its connection, for tools (bench, repair) and tests that need raw SQL. */
export type SqliteStore = Store & { db: Database.Database };

/**
 * better-sqlite3 builds its errors with the SqliteError class of the first JS context that loaded the addon. Where
 * several contexts share the process (jest runs each test file in its own), that class is foreign, so the error is
 * not `instanceof Error` and error handling upstream misreads it. Rethrow such errors as local ones.
 */
function localError(err: unknown): unknown {
  if (err instanceof Error || typeof err !== 'object' || err === null) return err;
  const { message, code } = err as { message?: unknown; code?: unknown };
  return typeof message === 'string' ? Object.assign(new Error(message), { code, cause: err }) : err;
}

function guard<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args) =>
    fn(...args).catch((err: unknown) => {
      throw localError(err);
    });
}

/** Every method of a group, guarded. */
function guarded<G extends object>(group: G): G {
  const out: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(group)) {
    // Every member of a port group is a method returning a promise (port/*.ts).
    out[name] = guard(method as (...args: unknown[]) => Promise<unknown>);
  }
  return out as G;
}

/** How a store is opened. */
export interface SqliteOptions {
  /** Checkpoint the WAL in a worker thread instead of inside commits (checkpointer.ts): for a long-running server. */
  backgroundCheckpoint?: boolean;
}

/** Opens (creating and migrating if needed) the database at `file`; ':memory:' for a private in-memory one. */
export function openSqliteStore(file: string, options: SqliteOptions = {}): SqliteStore {
  const db = new Database(file);
  try {
    openPragmas(db);
    migrate(db);
  } catch (err) {
    db.close();
    throw localError(err);
  }
  let checkpointer: Checkpointer | null = null;
  if (options.backgroundCheckpoint && file !== ':memory:') {
    db.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
    // A restarted log is cut back to this size, so one burst does not leave a large file behind.
    db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
    checkpointer = startCheckpointer(file);
  }
  const st = prepareStatements(db);
  const scanning = sqliteScans(db, st);
  const postCache = new PostCache();
  const posts = sqlitePosts(db, st, postCache);
  const postIdsIn = async (prefix: string) => (await posts.directory(prefix)).map((p) => p.id);
  const load = datasetLoader(db, st);

  return {
    db,
    regions: guarded(sqliteRegions(db, st)),
    posts: guarded(posts),
    volunteers: guarded(sqliteVolunteers(db, st)),
    services: guarded(sqliteServices(db, st)),
    requests: guarded(sqliteRequests(db)),
    audit: guarded(sqliteAudit(db)),
    outbox: guarded(sqliteOutbox(db)),
    invites: guarded(sqliteInvites(db)),
    templates: guarded(sqliteTemplates(db)),
    photos: guarded(sqlitePhotos(db)),
    scans: guarded(scanning.scans),
    stats: guarded(sqliteStats(db, st, postIdsIn, scanning.flush)),
    users: guarded(sqliteUsers(db, st)),
    meta: guarded(sqliteMeta(db, st)),
    load: guard(async (dataset) => {
      postCache.clear();
      load(dataset);
    }),
    close: async () => {
      if (!db.open) return;
      scanning.flush();
      await checkpointer?.stop();
      // The last connection to close checkpoints the whole log and removes it.
      db.close();
    },
  };
}
