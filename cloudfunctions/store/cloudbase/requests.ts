/**
 * Resident requests on CloudBase: one `requests` document per request with its timeline and answers embedded, so
 * creating one (request + first history entry) is a single-document write, atomic without transactions. The
 * unique index (owner, clientId) in collections.json makes a repeated submission fail the insert; the adapter then
 * answers the stored id. Plus the lookups of finding a post (grid cells, townships, levels, services by kind).
 */
import type { GeoPoint, Post, Region, RegionLevel, ServiceKind, ServicePoint } from '../../../types/domain';
import { nearPosts } from '../../geo/grid';
import type { NearPost, RequestRecord, RequestRow, Store } from '../port';
import { COLLECTIONS, fromDoc } from './docs';
import { chunk, getOrNull, isDuplicateKey, pageById, pageBySkip } from './query';
import type { CloudDatabase, CloudDoc } from './sdk';

/** Cell keys per `_.in` query of posts.near. */
const CELLS_PER_QUERY = 500;

// Documents are written only by this adapter, so their shape is known.
type RequestDoc = CloudDoc & Omit<RequestRecord, 'id'>;

function toRecord(doc: CloudDoc): RequestRecord {
  const d = doc as RequestDoc;
  return {
    ...toRow(doc),
    timeline: d.timeline.map((e) => ({ at: e.at, status: e.status, by: e.by, note: e.note })),
    answers: d.answers.map((a) => ({ at: a.at, by: a.by, text: a.text, guideIds: [...(a.guideIds ?? [])] })),
  };
}

/** A request document → port row (without timeline and answers). */
export function toRow(doc: CloudDoc): RequestRow {
  const d = doc as RequestDoc;
  return {
    id: d._id,
    kind: d.kind,
    owner: d.owner,
    clientId: d.clientId,
    postId: d.postId,
    villageCode: d.villageCode,
    townshipCode: d.townshipCode,
    countyCode: d.countyCode,
    assignee: d.assignee,
    status: d.status,
    title: d.title,
    payload: { ...d.payload },
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    dueAt: d.dueAt,
    // Documents written before issue 4 lack these fields: version 1, nothing answered, rated or reminded yet.
    version: d.version ?? 1,
    answeredBy: d.answeredBy ?? null,
    firstAnswerAt: d.firstAnswerAt ?? null,
    rating: d.rating ?? null,
    ratingWord: d.ratingWord ?? null,
    remindedAt: d.remindedAt ?? null,
    escalatedAt: d.escalatedAt ?? null,
  };
}

/** The `requests` part of the port over a CloudBase database. */
export function cloudRequests(
  db: CloudDatabase,
): Pick<Store['requests'], 'create' | 'byId' | 'byOwner' | 'countSince' | 'deleteByOwner'> {
  const coll = () => db.collection(COLLECTIONS.requests);
  const _ = db.command;
  return {
    async create(request, timeline) {
      const { id, ...rest } = request;
      try {
        await coll().add({ data: { _id: id, ...rest, timeline, answers: [] } });
        return { id, created: true };
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        const { data } = await coll().where({ owner: request.owner, clientId: request.clientId }).limit(1).get();
        // A duplicate `_id` of someone else's request is a collision to report, never a request to hand back.
        if (data.length === 0) throw err;
        return { id: data[0]._id, created: false };
      }
    },
    async byId(id) {
      const doc = await getOrNull(coll().doc(id));
      return doc ? toRecord(doc) : null;
    },
    async byOwner(owner, limit) {
      const query = coll().where({ owner }).orderBy('createdAt', 'desc').orderBy('_id', 'desc');
      return (await pageBySkip(query, Math.max(0, limit))).map(toRow);
    },
    async countSince(owner, sinceMs) {
      return (
        await coll()
          .where({ owner, createdAt: _.gte(sinceMs) })
          .count()
      ).total;
    },
    // One server-side delete of every matching document; a retry after a failure removes what is left.
    async deleteByOwner(owner) {
      return (await coll().where({ owner }).remove()).stats.removed;
    },
  };
}

/** The lookups of finding a post and routing a request. */
export function cloudLookups(db: CloudDatabase) {
  const _ = db.command;
  return {
    near: (point: GeoPoint, limit: number): Promise<NearPost[]> =>
      nearPosts(point, limit, async (cells) => {
        const out: Post[] = [];
        // A wide band where posts are sparse has thousands of cells: keep each `_.in` list to a modest size.
        for (const part of chunk(cells, CELLS_PER_QUERY)) {
          const where = { cell: _.in(part), status: 'active' };
          out.push(...(await pageById(db.collection(COLLECTIONS.posts), _, where, null, Infinity)).map(fromDoc.post));
        }
        return out;
      }),
    byTownship: async (code: string, limit: number): Promise<Post[]> =>
      (
        await pageById(
          db.collection(COLLECTIONS.posts),
          _,
          { townshipCode: code, status: 'active' },
          null,
          Math.max(0, limit),
        )
      ).map(fromDoc.post),
    byLevel: async (level: RegionLevel): Promise<Region[]> =>
      (await pageById(db.collection(COLLECTIONS.regions), _, { level }, null, Infinity)).map(fromDoc.region),
    ofKind: async (kind: ServiceKind, limit: number): Promise<ServicePoint[]> =>
      (await pageById(db.collection(COLLECTIONS.services), _, { kind }, null, Math.max(0, limit))).map(fromDoc.service),
  };
}
