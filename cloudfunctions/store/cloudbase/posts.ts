/**
 * Posts (先锋岗) on CloudBase: lookups, pages, the grid search of `near`, a region's posts and its directory,
 * creating and changing posts with their history, and volunteer counts per post.
 *
 * No multi-document transactions here, so each write is ordered to fail safe:
 * - create checks every id first, then inserts the posts in ordered batches; if a batch fails (an id taken since
 *   the check), it removes the posts it inserted and reports nothing created. History rows follow the posts: a
 *   crash between leaves posts without their creation line, never history of posts that do not exist.
 * - update patches the post (one document: atomic, cell and geo point included), then its entry in the county
 *   directory (boards.ts), then appends its history. create writes the directory after the posts, before history.
 */
import type { Post } from '~/types/domain';
import { cellOf, nearPosts } from '../../geo/grid';
import type { AuditEntry, PostHistoryRow, PostsPort, ServingCount } from '../port';
import { carried, carriedPatch, copyNow, nonce } from './audit-pending';
import { patchDirectory, directoryPosts } from './directory';
import { COLLECTIONS, fromDoc, toDoc } from './docs';
import { chunk, getOrNull, isDuplicateKey, nameHas, PAGE, pageById, pageKept, startsWith } from './query';
import type { CloudCondition, CloudDatabase, CloudDoc } from './sdk';

/** Cell keys per `_.in` query of posts.near. */
const CELLS_PER_QUERY = 500;

function historyDoc(h: PostHistoryRow, n: number): CloudDoc {
  // at and a random tail keep two changes of the same post in the same millisecond apart.
  const tail = `${n}${Math.random().toString(36).slice(2, 8)}`;
  return { _id: `${h.postId}_${String(h.at).padStart(15, '0')}_${tail}`, ...h };
}

/** The posts group over a CloudBase database. */
export function cloudPosts(db: CloudDatabase): PostsPort {
  const _ = db.command;
  const coll = (name: string) => db.collection(name);

  async function create(posts: Post[], history: PostHistoryRow[], audit?: AuditEntry) {
    const ids = posts.map((p) => p.id);
    const taken = new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
    for (const part of chunk([...new Set(ids)])) {
      const { data } = await coll(COLLECTIONS.posts)
        .where({ _id: _.in(part) })
        .limit(PAGE)
        .get();
      for (const d of data) taken.add(d._id);
    }
    if (taken.size > 0) return { created: 0, taken: [...taken].sort() };
    // Tagged with this call's id, so a failed call removes exactly what it inserted (as load.ts does).
    const createId = `create-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    // The first post carries the audit entry (audit-pending.ts): it lands with the posts, and a failed call that
    // removes its posts removes the entry with them.
    const entry = carried(audit, createId);
    try {
      for (const part of chunk(posts)) {
        const docs = part.map((p) => ({ ...toDoc.post(p, db.Geo), createId }));
        if (part[0] === posts[0]) Object.assign(docs[0], entry);
        await coll(COLLECTIONS.posts).add({ data: docs });
      }
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // An ordered insert keeps the documents before the duplicate: remove every one of ours, report the others.
      const present: CloudDoc[] = [];
      for (const part of chunk(ids)) {
        present.push(
          ...(
            await coll(COLLECTIONS.posts)
              .where({ _id: _.in(part) })
              .limit(PAGE)
              .get()
          ).data,
        );
      }
      for (const d of present) if (d.createId === createId) await coll(COLLECTIONS.posts).doc(d._id).remove();
      return {
        created: 0,
        taken: present
          .filter((d) => d.createId !== createId)
          .map((d) => d._id)
          .sort(),
      };
    }
    await patchDirectory(db, posts);
    for (const part of chunk(history.map(historyDoc))) await coll(COLLECTIONS.postHistory).add({ data: part });
    if (audit && posts.length > 0) await copyNow(db, COLLECTIONS.posts, posts[0].id);
    return { created: posts.length, taken: [] };
  }

  return {
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
    // Before the first load or rollup writes the county directories, the posts themselves are read (in pages).
    directory: async (prefix) =>
      (await directoryPosts(db, prefix)) ??
      (await pageById(coll(COLLECTIONS.posts), _, { villageCode: startsWith(db, prefix) }, null, Infinity)).map(
        fromDoc.post,
      ),
    near: (point, limit) =>
      nearPosts(point, limit, async (cells) => {
        const out: Post[] = [];
        // A wide band where posts are sparse has thousands of cells: keep each `_.in` list to a modest size.
        for (const part of chunk(cells, CELLS_PER_QUERY)) {
          const where = { cell: _.in(part), status: 'active' };
          out.push(...(await pageById(coll(COLLECTIONS.posts), _, where, null, Infinity)).map(fromDoc.post));
        }
        return out;
      }),
    byTownship: async (code, limit) =>
      (
        await pageById(coll(COLLECTIONS.posts), _, { townshipCode: code, status: 'active' }, null, Math.max(0, limit))
      ).map(fromDoc.post),
    inRegion: async (prefix, afterId, limit, filter) => {
      const condition: CloudCondition = { villageCode: startsWith(db, prefix) };
      if (filter?.status) condition.status = filter.status;
      const docs = await pageKept(coll(COLLECTIONS.posts), db, condition, afterId, limit, nameHas(filter?.nameLike));
      return docs.map(fromDoc.post);
    },
    create,
    update: async (id, change, history, audit) => {
      const doc = await getOrNull(coll(COLLECTIONS.posts).doc(id));
      if (!doc) return null;
      const patch = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
      const next: Post = { ...fromDoc.post(doc), ...patch };
      const { _id, ...fields } = toDoc.post(next, db.Geo);
      // The audit entry rides on the post's own update (audit-pending.ts).
      const entry = carriedPatch(db, audit, `post\u0000${id}\u0000${audit?.at}\u0000${nonce()}`);
      // One document patched at once: the grid cell and the geo point move with the coordinates.
      await coll(COLLECTIONS.posts)
        .doc(_id)
        .update({ data: { ...fields, cell: cellOf(next), ...entry } });
      await patchDirectory(db, [next]);
      await coll(COLLECTIONS.postHistory).add({ data: historyDoc(history, 0) });
      if (audit) await copyNow(db, COLLECTIONS.posts, id);
      return next;
    },
    history: async (id, limit) => {
      if (limit <= 0) return [];
      const out: PostHistoryRow[] = [];
      const query = coll(COLLECTIONS.postHistory).where({ postId: id }).orderBy('at', 'desc').orderBy('_id', 'desc');
      while (out.length < limit) {
        const want = Math.min(PAGE, limit - out.length);
        const { data } = await query.skip(out.length).limit(want).get();
        out.push(
          ...data.map(
            (d) => ({ postId: d.postId, at: d.at, by: d.by, action: d.action, summary: d.summary }) as PostHistoryRow,
          ),
        );
        if (data.length < want) break;
      }
      return out;
    },
    volunteerCounts: async (postIds) => {
      const counts = new Map<string, ServingCount>(postIds.map((id) => [id, { all: 0, mediators: 0 }]));
      // A query per 1,000 posts, side by side (a city's posts are a few such parts, not a few waves of them).
      await Promise.all(
        chunk([...new Set(postIds)]).map(async (part) => {
          // Equality with `_.in` on the postIds array matches volunteers serving any of these posts.
          const docs = await pageKept(
            coll(COLLECTIONS.volunteers),
            db,
            { postIds: _.in(part) },
            null,
            Infinity,
            (d) => d.active !== false,
          );
          const wanted = new Set(part);
          for (const d of docs)
            for (const p of d.postIds as string[]) {
              const c = wanted.has(p) ? counts.get(p) : undefined;
              if (!c) continue;
              c.all += 1;
              if (d.isMediator === true) c.mediators += 1;
            }
        }),
      );
      return counts;
    },
  };
}
