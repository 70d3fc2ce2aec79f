/**
 * The production store adapter over wx-server-sdk's `cloud.database()` (CloudBase, MongoDB underneath). Every query
 * passes a limit and pages in 1,000s; collections, indexes and security rules are in collections.json.
 */
import type { GeoPoint, ServiceKind } from '../../../types/domain';
import { distanceM } from '../../geo/distance';
import type { NearestService, Store } from '../port';
import { COLLECTIONS, fromDoc } from './docs';
import { loadDataset } from './load';
import { chunk, getOrNull, PAGE, pageById, pageBySkip } from './query';
import { cloudLookups, cloudRequests } from './requests';
import { cloudWork } from './work';
import { cloudPeople } from './people';
import { cloudRecords } from './records';
import { cloudNetwork, startsWith } from './network';
import { cloudServices } from './services';
import { rebuild } from './rebuild';
import { horizonCache, rollup } from './rollup';
import { cloudStatsReads } from './stats';
import { ROLLUP_META } from '../rollups';
import { dailyStats, recordScan } from './scans';
import { locateScan } from './scan-locate';
import { sweepPending } from './sweep';
import { boardCells, postBoard } from './boards';
import { directoryPosts } from './directory';
import type { CloudDatabase } from './sdk';

/**
 * Services are few (hundreds), so the nearest one is found by fetching the located services of the kinds in pages
 * of 1,000 and ranking them in memory with the same haversine as everywhere else, rather than with geoNear: exact,
 * and no dependency on the 2dsphere index being built (it is declared anyway, for geo queries on posts).
 */
async function nearestService(
  db: CloudDatabase,
  kinds: ServiceKind[],
  point: GeoPoint,
): Promise<NearestService | null> {
  if (kinds.length === 0) return null;
  const docs = await pageById(
    db.collection(COLLECTIONS.services),
    db.command,
    { kind: db.command.in(kinds) },
    null,
    Infinity,
  );
  let best: NearestService | null = null;
  for (const doc of docs) {
    const service = fromDoc.service(doc);
    if (service.lat === null || service.lng === null) continue;
    const d = distanceM(point, { lat: service.lat, lng: service.lng });
    if (best === null || d < best.distanceM || (d === best.distanceM && service.id < best.service.id)) {
      best = { service, distanceM: d };
    }
  }
  return best;
}

const DEFAULT_SETTLE_MS = 30_000;
const DEFAULT_ROLLUP_BUDGET_MS = 20_000;

/** Options of the CloudBase store. */
export interface CloudbaseOptions {
  /**
   * A rollup folds only scans inserted at least this long ago (ms), so an insert still in flight cannot land
   * behind its watermark. Default 30 s; tests over the stand-in pass 0.
   */
  settleMs?: number;
  /**
   * The time one rollup run may take (ms), checked between pages: default 20 s, a third of the cron function's
   * 60 s timeout, which also answers for the promise timer's work before it.
   */
  rollupBudgetMs?: number;
  /** The clock the rollup's budget is measured with (default Date.now; tests pass the stand-in's simulated one). */
  now?: () => number;
}

/** Builds the store over a CloudBase database handle. */
export function createCloudbaseStore(db: CloudDatabase, options: CloudbaseOptions = {}): Store {
  const _ = db.command;
  const coll = (name: string) => db.collection(name);
  const lookups = cloudLookups(db);
  const people = cloudPeople(db);
  const network = cloudNetwork(db);
  const svc = cloudServices(db);
  const horizon = horizonCache(db);
  const statsReads = cloudStatsReads(db);
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  const rollupBudget = { budgetMs: options.rollupBudgetMs ?? DEFAULT_ROLLUP_BUDGET_MS, now: options.now ?? Date.now };

  // Before the first load or rollup writes the county directories, the posts themselves are read (in pages).
  const postsInRegion = async (prefix: string) =>
    (await pageById(coll(COLLECTIONS.posts), _, { villageCode: startsWith(db, prefix) }, null, Infinity)).map(
      fromDoc.post,
    );

  return {
    regions: {
      byCode: async (code) => {
        const doc = await getOrNull(coll(COLLECTIONS.regions).doc(code));
        return doc ? fromDoc.region(doc) : null;
      },
      byCodes: async (codes) => {
        const out = [];
        for (const part of chunk([...new Set(codes)])) {
          const { data } = await coll(COLLECTIONS.regions)
            .where({ _id: _.in(part) })
            .limit(PAGE)
            .get();
          out.push(...data.map(fromDoc.region));
        }
        return out;
      },
      byLevel: lookups.byLevel,
    },
    posts: {
      byId: async (id) => {
        const doc = await getOrNull(coll(COLLECTIONS.posts).doc(id));
        return doc ? fromDoc.post(doc) : null;
      },
      // `_id` lookups, at most PAGE ids a query (so one page answers each), the queries side by side.
      byIds: async (ids) =>
        (
          await Promise.all(
            chunk([...new Set(ids)]).map((part) =>
              coll(COLLECTIONS.posts)
                .where({ _id: _.in(part) })
                .limit(PAGE)
                .get(),
            ),
          )
        ).flatMap(({ data }) => data.map(fromDoc.post)),
      page: async (afterId, limit, status) => {
        const docs = await pageById(coll(COLLECTIONS.posts), _, status ? { status } : {}, afterId, Math.max(0, limit));
        return docs.map(fromDoc.post);
      },
      directory: async (prefix) => (await directoryPosts(db, prefix)) ?? postsInRegion(prefix),
      near: lookups.near,
      byTownship: lookups.byTownship,
      ...network.posts,
    },
    volunteers: {
      forPost: async (postId, limit) => {
        // Equality on an array field matches documents whose postIds contain the value (MongoDB semantics).
        const query = coll(COLLECTIONS.volunteers)
          .where({ postIds: postId })
          .orderBy('isMediator', 'desc')
          .orderBy('name', 'asc')
          .orderBy('_id', 'asc');
        return (await pageBySkip(query, Math.max(0, limit))).map(fromDoc.volunteer);
      },
      byId: people.volunteers.byId,
      put: people.volunteers.put,
      inRegion: network.volunteersInRegion,
    },
    services: {
      nearest: (kinds, point) => nearestService(db, kinds, point),
      ofKind: lookups.ofKind,
      byId: people.serviceById,
      inRegion: network.servicesInRegion,
      ...svc.services,
    },
    requests: { ...cloudRequests(db), ...cloudWork(db), forStats: network.forStats },
    ...cloudRecords(db),
    // On CloudBase the app uploads photos to cloud storage itself and the handler checks their folder
    // (domain/requests/photos.ts): no photo row is ever in the database, so none is owned or deleted here.
    photos: {
      put: async () => {
        throw new Error('photos.put: on CloudBase photos go to cloud storage (Taro.cloud.uploadFile)');
      },
      get: async () => null,
      countOwned: async () => 0,
      deleteByOwner: async () => 0,
      usage: async () => ({ owner: 0, total: 0 }),
      sweepOrphans: async () => 0,
    },
    scans: {
      record: async (scan, subjects) => recordScan(db, scan, subjects, () => horizon.get()),
      locate: async (fix) => locateScan(db, fix, settleMs),
      count: async () => (await coll(COLLECTIONS.scans).count()).total,
      repairPending: (now, limit) => sweepPending(db, now, limit),
    },
    stats: {
      daily: async (subject, days) => (await dailyStats(db, subject, days)).map(fromDoc.dailyStat),
      ...statsReads,
      // From the county cell documents when the directories exist (a constant number of reads), else per cell day.
      outsideCells: async (prefix, from, to) =>
        from > to ? [] : ((await boardCells(db, prefix, from, to)) ?? statsReads.outsideCells(prefix, from, to)),
      postBoard: (prefix, from, to) => postBoard(db, prefix, from, to),
      rollup: (limit, at) => rollup(db, limit, at, settleMs, horizon, rollupBudget),
      rolledAt: async () => {
        const doc = await getOrNull(coll(COLLECTIONS.meta).doc(ROLLUP_META.rolledAt));
        return doc && typeof doc.value === 'string' ? Number(doc.value) : null;
      },
      rebuild: (at) => rebuild(db, at, horizon),
    },
    users: {
      byOpenid: async (openid) => {
        const doc = await getOrNull(coll(COLLECTIONS.users).doc(openid));
        return doc ? fromDoc.user(doc) : null;
      },
      list: async (limit) =>
        (await pageById(coll(COLLECTIONS.users), _, {}, null, Math.max(0, limit))).map(fromDoc.user),
      ...people.users,
      ...network.users,
      adminsIn: svc.adminsIn,
    },
    meta: {
      get: async (key) => {
        const doc = await getOrNull(coll(COLLECTIONS.meta).doc(key));
        return doc && typeof doc.value === 'string' ? doc.value : null;
      },
      set: async (key, value) => {
        await coll(COLLECTIONS.meta).doc(key).set({ data: { value } });
      },
    },
    load: (dataset) => loadDataset(db, dataset),
    // The SDK keeps no connection of ours open: nothing to release.
    close: async () => undefined,
  };
}
