/**
 * Resident requests on CloudBase: one `requests` document per request with its timeline and answers embedded, so
 * creating one (request + first history entry) is a single-document write, atomic without transactions. The
 * unique index (owner, clientId) in collections.json makes a repeated submission fail the insert; the adapter then
 * answers the stored id. Handling (changes, work lists) is in work.ts; this file assembles the requests group.
 */
import type { RequestRecord, RequestRow, RequestsPort, RequestStatRow } from '../port';
import { mediationOutcome } from '../request-rows';
import { COLLECTIONS } from './docs';
import { rowReader } from './fields';
import { chunk, getOrNull, isDuplicateKey, pageBySkip, PAGE, startsWith } from './query';
import { copyPending } from './audit-pending';
import { cloudWork } from './work';
import type { CloudDatabase, CloudDoc } from './sdk';

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

const readRow = rowReader<RequestRow>()('id', {
  copy: 'kind owner clientId postId villageCode townshipCode countyCode assignee status title payload createdAt updatedAt dueAt',
  orNull: 'answeredBy firstAnswerAt rating ratingWord remindedAt escalatedAt',
  own: 'version',
});

/** A request document → port row (without timeline and answers). */
export const toRow = (doc: CloudDoc): RequestRow => ({
  ...readRow(doc),
  // Documents written before requests were handled lack these: version 1, nothing answered, rated or reminded.
  version: typeof doc.version === 'number' ? doc.version : 1,
});

/** The requests group over a CloudBase database. */
export function cloudRequests(db: CloudDatabase): RequestsPort {
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
    // `_id` lookups, at most PAGE ids a query (one page answers each), the queries side by side.
    async byIds(ids) {
      const parts = chunk([...new Set(ids)]);
      const pages = await Promise.all(
        parts.map((part) =>
          coll()
            .where({ _id: _.in(part) })
            .limit(PAGE)
            .get(),
        ),
      );
      return pages.flatMap(({ data }) => data.map(toRow));
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
      // Audit entries still riding on the requests (a copy a fault cut short) are stored first: the log outlives
      // the requests it names, and a failed copy stops the deletion (the resident's retry runs it again).
      const { data } = await coll().where({ owner, auditOpen: true }).limit(PAGE).get();
      for (const doc of data) await copyPending(db, COLLECTIONS.requests, doc);
      return (await coll().where({ owner }).remove()).stats.removed;
    },
    ...cloudWork(db),
    async forStats(prefix, fromMs, toMs, limit) {
      if (limit <= 0 || fromMs >= toMs) return [];
      const out: RequestStatRow[] = [];
      // Paged by (createdAt, _id) rather than skip, so a year of requests is an index range per page.
      let cursor: { at: number; id: string } | null = null;
      while (out.length < limit) {
        const want = Math.min(PAGE, limit - out.length);
        const base = { villageCode: startsWith(db, prefix) };
        const page: CloudDoc[] = [];
        if (cursor) {
          const same = await coll()
            .where({ ...base, createdAt: cursor.at, _id: _.gt(cursor.id) })
            .orderBy('_id', 'asc')
            .limit(want)
            .get();
          page.push(...same.data);
        }
        if (page.length < want) {
          const from = cursor ? _.and(_.gt(cursor.at), _.lte(toMs - 1)) : _.and(_.gte(fromMs), _.lte(toMs - 1));
          const next = await coll()
            .where({ ...base, createdAt: from })
            .orderBy('createdAt', 'asc')
            .orderBy('_id', 'asc')
            .limit(want - page.length)
            .get();
          page.push(...next.data);
        }
        for (const d of page) {
          const r = toRow(d);
          out.push({
            id: r.id,
            kind: r.kind,
            status: r.status,
            postId: r.postId,
            villageCode: r.villageCode,
            createdAt: r.createdAt,
            dueAt: r.dueAt,
            answeredBy: r.answeredBy,
            firstAnswerAt: r.firstAnswerAt,
            outcome: mediationOutcome(r.kind, r.status, r.payload.steps),
          });
        }
        if (page.length < want) break;
        const last = page[page.length - 1];
        cursor = { at: last.createdAt as number, id: last._id };
      }
      return out;
    },
  };
}
