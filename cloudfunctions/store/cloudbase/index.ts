/**
 * The production store adapter over wx-server-sdk's `cloud.database()` (CloudBase, MongoDB underneath). Every query
 * passes a limit and pages in 100s; collections, indexes and security rules are in collections.json.
 */
import type { GeoPoint, ServiceKind } from '../../../types/domain';
import { distanceM } from '../geo';
import type { NearestService, Store } from '../port';
import { COLLECTIONS, fromDoc } from './docs';
import { loadDataset } from './load';
import { chunk, getOrNull, PAGE, pageById, pageBySkip } from './query';
import { cloudLookups, cloudRequests } from './requests';
import { cloudWork } from './work';
import { cloudPeople } from './people';
import { cloudRecords } from './records';
import { dailyStats, recordScan } from './scans';
import type { CloudDatabase } from './sdk';

/**
 * Services are few (hundreds), so the nearest one is found by fetching the located services of the kinds in pages
 * of 100 and ranking them in memory with the same haversine as everywhere else, rather than with geoNear: exact,
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

// Interim: the issue-5 methods land in the next commit; until then they refuse rather than answer wrongly.
const pending = (name: string) => async (): Promise<never> => {
  throw new Error(`cloudbase store: ${name} is not implemented yet`);
};

/** Builds the store over a CloudBase database handle. */
export function createCloudbaseStore(db: CloudDatabase): Store {
  const _ = db.command;
  const coll = (name: string) => db.collection(name);
  const lookups = cloudLookups(db);
  const people = cloudPeople(db);

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
      page: async (afterId, limit, status) => {
        const docs = await pageById(coll(COLLECTIONS.posts), _, status ? { status } : {}, afterId, Math.max(0, limit));
        return docs.map(fromDoc.post);
      },
      near: lookups.near,
      byTownship: lookups.byTownship,
      inRegion: pending('posts.inRegion'),
      create: pending('posts.create'),
      update: pending('posts.update'),
      history: pending('posts.history'),
      volunteerCounts: pending('posts.volunteerCounts'),
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
      inRegion: pending('volunteers.inRegion'),
    },
    services: {
      nearest: (kinds, point) => nearestService(db, kinds, point),
      ofKind: lookups.ofKind,
      byId: people.serviceById,
      inRegion: pending('services.inRegion'),
    },
    requests: { ...cloudRequests(db), ...cloudWork(db), forStats: pending('requests.forStats') },
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
    },
    scans: {
      record: (scan, subjects) => recordScan(db, scan, subjects),
      count: async () => (await coll(COLLECTIONS.scans).count()).total,
    },
    stats: {
      daily: async (subject, days) => (await dailyStats(db, subject, days)).map(fromDoc.dailyStat),
      range: pending('stats.range'),
      periodTotals: pending('stats.periodTotals'),
      lastScanDays: pending('stats.lastScanDays'),
      hours: pending('stats.hours'),
      outsideCells: pending('stats.outsideCells'),
      rollup: pending('stats.rollup'),
      rolledAt: pending('stats.rolledAt'),
      rebuild: pending('stats.rebuild'),
    },
    users: {
      byOpenid: async (openid) => {
        const doc = await getOrNull(coll(COLLECTIONS.users).doc(openid));
        return doc ? fromDoc.user(doc) : null;
      },
      list: async (limit) =>
        (await pageById(coll(COLLECTIONS.users), _, {}, null, Math.max(0, limit))).map(fromDoc.user),
      ...people.users,
      countByRole: pending('users.countByRole'),
      putFirstAdmin: pending('users.putFirstAdmin'),
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
