/**
 * The embedded store adapter (better-sqlite3): the default for `npm start`, tests and single-machine deployments.
 * Calls are synchronous underneath; the port's promises only keep both adapters interchangeable.
 */
import Database from 'better-sqlite3';
import type { GeoPoint, Post, ScanRecord, ServiceKind } from '../../../types/domain';
import type { Dataset, ScanFix, Store } from '../port';
import { toDailyStat, toPost, toRegion, toUser, toVolunteer } from './mappers';
import { nearestService } from './nearest';
import { networkParts } from './network';
import { peopleParts } from './people';
import { photoParts } from './photos';
import { recordParts } from './records';
import { requestParts } from './requests';
import { rollupParts } from './rollup';
import { serviceParts } from './services';
import { scanLocator } from './scan-locate';
import { metaClaimer } from './meta-claim';
import { migrate } from './migrate';
import { prepareStatements } from './statements';
import { statsReads } from './stats';
import { groupCommit } from './group-commit';
import { PostCache } from './post-cache';
import { openPragmas } from './pragmas';
import { WRITER_CHECKPOINT_PAGES, startCheckpointer, type Checkpointer } from './checkpointer';
import { workParts } from './work';
import { datasetLoader, scanRecorder } from './writes';

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
  const claimMeta = metaClaimer(db);
  const recordScan = scanRecorder(st);
  const scanWriter = groupCommit(
    db,
    (a: { scan: ScanRecord; subjects: string[] }) => recordScan.write(a.scan, a.subjects),
    recordScan,
  );
  const load = datasetLoader(db, st);
  const postCache = new PostCache();
  const more = requestParts(db);
  const photos = photoParts(db);
  const work = workParts(db);
  const people = peopleParts(db);
  const records = recordParts(db, people);
  const network = networkParts(db, st);
  const reads = statsReads(db);
  const rollups = rollupParts(db, st);
  const svc = serviceParts(db, guard);
  const locateScan = scanLocator(db, st);

  return {
    db,
    regions: {
      byCode: guard(async (code: string) => {
        const row = st.regionByCode.get(code);
        return row ? toRegion(row) : null;
      }),
      byCodes: guard(async (codes: string[]) =>
        codes.length ? st.regionsByCodes.all(JSON.stringify(codes)).map(toRegion) : [],
      ),
      byLevel: guard(more.byLevel),
    },
    posts: {
      byId: guard(async (id: string) =>
        postCache.get(id, (key) => {
          const row = st.postById.get(key);
          return row ? toPost(row) : null;
        }),
      ),
      byIds: guard(async (ids: string[]) => (ids.length ? st.postsByIds.all(JSON.stringify(ids)).map(toPost) : [])),
      page: guard(async (afterId: string | null, limit: number, status?: Post['status']) => {
        if (limit <= 0) return [];
        const rows = status
          ? st.postsAfterWithStatus.all(status, afterId ?? '', limit)
          : st.postsAfter.all(afterId ?? '', limit);
        return rows.map(toPost);
      }),
      near: guard(more.near),
      byTownship: guard(more.byTownship),
      inRegion: guard(network.posts.inRegion),
      // One indexed query on one machine: no directory is needed here.
      directory: guard((prefix: string) => network.posts.inRegion(prefix, null, Number.MAX_SAFE_INTEGER)),
      create: guard(async (...args: Parameters<Store['posts']['create']>) => {
        postCache.clear();
        return network.posts.create(...args);
      }),
      update: guard(async (...args: Parameters<Store['posts']['update']>) => {
        postCache.clear();
        return network.posts.update(...args);
      }),
      history: guard(network.posts.history),
      volunteerCounts: guard(network.posts.volunteerCounts),
    },
    volunteers: {
      forPost: guard(async (postId: string, limit: number) =>
        limit > 0 ? st.volunteersForPost.all(postId, limit).map(toVolunteer) : [],
      ),
      byId: guard(people.volunteers.byId),
      put: guard(people.volunteers.put),
      inRegion: guard(network.volunteersInRegion),
    },
    services: {
      nearest: guard(async (kinds: ServiceKind[], point: GeoPoint) => nearestService(st, kinds, point)),
      ofKind: guard(more.ofKind),
      byId: guard(people.serviceById),
      inRegion: guard(network.servicesInRegion),
      ...svc.services,
    },
    requests: {
      create: guard(more.requests.create),
      byId: guard(more.requests.byId),
      byOwner: guard(more.requests.byOwner),
      countSince: guard(more.requests.countSince),
      deleteByOwner: guard(more.requests.deleteByOwner),
      update: guard(work.update),
      forAssignees: guard(work.forAssignees),
      dueQuestions: guard(work.dueQuestions),
      answeredBy: guard(work.answeredBy),
      forStats: guard(network.forStats),
    },
    audit: {
      append: guard(records.audit.append),
      forRequest: guard(records.audit.forRequest),
      page: guard(records.audit.page),
    },
    outbox: {
      add: guard(records.outbox.add),
      forRecipient: guard(records.outbox.forRecipient),
      unreadCount: guard(records.outbox.unreadCount),
      markRead: guard(records.outbox.markRead),
      deleteByRecipient: guard(records.outbox.deleteByRecipient),
    },
    invites: {
      create: guard(records.invites.create),
      byCode: guard(records.invites.byCode),
      forRegion: guard(records.invites.forRegion),
      accept: guard(records.invites.accept),
    },
    templates: {
      forOwner: guard(records.templates.forOwner),
      put: guard(records.templates.put),
      delete: guard(records.templates.delete),
    },
    photos: {
      put: guard(photos.put),
      get: guard(photos.get),
      countOwned: guard(photos.countOwned),
      deleteByOwner: guard(photos.deleteByOwner),
      usage: guard(photos.usage),
      sweepOrphans: guard(photos.sweepOrphans),
    },
    scans: {
      record: guard((scan: ScanRecord, subjects: string[]) => scanWriter.write({ scan, subjects })),
      locate: guard(async (fix: ScanFix, subjects: string[]) => locateScan(fix, subjects)),
      count: guard(async () => st.countScans.get() ?? 0),
      // A scan and its counters are one transaction here: nothing is ever left half-recorded.
      repairPending: guard(async () => ({ repaired: 0, more: false })),
    },
    stats: {
      daily: guard(async (subject: string, days: string[]) =>
        days.length ? st.dailyStats.all(subject, JSON.stringify(days)).map(toDailyStat) : [],
      ),
      range: guard(reads.range),
      periodTotals: guard(reads.periodTotals),
      lastScanDays: guard(reads.lastScanDays),
      postBoard: guard(async (prefix: string, from: string, to: string) => {
        const ids = (await network.posts.inRegion(prefix, null, Number.MAX_SAFE_INTEGER)).map((p) => p.id);
        const [totals, last] = await Promise.all([reads.periodTotals(ids, from, to), reads.lastScanDays(ids)]);
        return { counts: new Map(totals.map((t) => [t.subject, t.count])), last };
      }),
      hours: guard(reads.hours),
      outsideCells: guard(reads.outsideCells),
      rollup: guard(async (limit: number, at: number) => {
        // Scans still queued for the group commit go in first, so a rollup sees every scan already answered.
        scanWriter.flush();
        return rollups.rollup(limit, at);
      }),
      rolledAt: guard(rollups.rolledAt),
      rebuild: guard(async (at: number) => {
        scanWriter.flush();
        return rollups.rebuild(at);
      }),
    },
    users: {
      byOpenid: guard(async (openid: string) => {
        const row = st.userByOpenid.get(openid);
        return row ? toUser(row) : null;
      }),
      list: guard(async (limit: number) => (limit > 0 ? st.users.all(limit).map(toUser) : [])),
      byVolunteerIds: guard(people.users.byVolunteerIds),
      byService: guard(people.users.byService),
      put: guard(people.users.put),
      unbind: guard(people.users.unbind),
      countByRole: guard(network.users.countByRole),
      putFirstAdmin: guard(network.users.putFirstAdmin),
      adminsIn: svc.adminsIn,
    },
    meta: {
      get: guard(async (key: string) => st.metaGet.get(key) ?? null),
      set: guard(async (key: string, value: string) => {
        st.metaSet.run(key, value);
      }),
      claim: guard(async (key: string, value: string) => claimMeta(key, value)),
    },
    load: guard(async (dataset: Dataset) => {
      postCache.clear();
      load(dataset);
    }),
    close: async () => {
      if (!db.open) return;
      scanWriter.flush();
      await checkpointer?.stop();
      // The last connection to close checkpoints the whole log and removes it.
      db.close();
    },
  };
}
