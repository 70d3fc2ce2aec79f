/**
 * Running the network on CloudBase (issue 5): posts and volunteers of a region, creating and changing posts with
 * their history, volunteer counts, service points of a region, request rows for statistics, the first admin.
 *
 * No multi-document transactions here, so each write is ordered to fail safe:
 * - posts.create checks every id first, then inserts the posts in ordered batches; if a batch fails (an id taken
 *   since the check), it removes the posts it inserted and reports nothing created. History rows follow the posts:
 *   a crash between leaves posts without their creation line, never history of posts that do not exist.
 * - posts.update patches the post (one document: atomic, cell and geo point included), then its entry in the county
 *   directory (boards.ts), then appends its history. create writes the directory after the posts, before history.
 * - users.putFirstAdmin claims a guard document (`meta/first_admin`, unique by `_id`) before binding: of two racing
 *   callers only one claims it. A crash after the claim leaves the guard naming that openid, and a retry by the same
 *   openid finishes the binding.
 */
import type { Post, User } from '../../../types/domain';
import { cellOf } from '../../geo/grid';
import type { PostHistoryRow, RequestStatRow, Store } from '../port';
import { COLLECTIONS, fromDoc, toDoc } from './docs';
import { chunk, getOrNull, isDuplicateKey, PAGE } from './query';
import { toRow } from './requests';
import { patchDirectory } from './directory';
import type { CloudCollection, CloudCondition, CloudDatabase, CloudDoc } from './sdk';

const FIRST_ADMIN_GUARD = 'first_admin';

/** Up to `limit` documents in `_id` order after `afterId` that match `condition` and pass `keep` (paged in 1,000s). */
async function pageKept(
  coll: CloudCollection,
  db: CloudDatabase,
  condition: CloudCondition,
  afterId: string | null,
  limit: number,
  keep: (doc: CloudDoc) => boolean,
): Promise<CloudDoc[]> {
  const out: CloudDoc[] = [];
  let after = afterId;
  while (out.length < limit) {
    const where = after === null ? condition : { ...condition, _id: db.command.gt(after) };
    const { data } = await coll.where(where).orderBy('_id', 'asc').limit(PAGE).get();
    for (const d of data) if (out.length < limit && keep(d)) out.push(d);
    if (data.length < PAGE) break;
    after = data[data.length - 1]._id;
  }
  return out;
}

/** A condition on a code field: starts with `prefix` (codes are digits, so one high character closes the range). */
export function startsWith(db: CloudDatabase, prefix: string) {
  return db.command.and(db.command.gte(prefix), db.command.lte(`${prefix}\uffff`));
}

function nameHas(part: string | undefined) {
  return (doc: CloudDoc) => !part || String(doc.name).includes(part);
}

function historyDoc(h: PostHistoryRow, n: number): CloudDoc {
  // at and a random tail keep two changes of the same post in the same millisecond apart.
  const tail = `${n}${Math.random().toString(36).slice(2, 8)}`;
  return { _id: `${h.postId}_${String(h.at).padStart(15, '0')}_${tail}`, ...h };
}

/** The parts of the port built here; index.ts assembles them. */
export interface CloudNetwork {
  posts: Pick<Store['posts'], 'inRegion' | 'create' | 'update' | 'history' | 'volunteerCounts'>;
  volunteersInRegion: Store['volunteers']['inRegion'];
  servicesInRegion: Store['services']['inRegion'];
  forStats: Store['requests']['forStats'];
  users: Pick<Store['users'], 'countByRole' | 'putFirstAdmin'>;
}

/** The network methods over a CloudBase database. */
export function cloudNetwork(db: CloudDatabase): CloudNetwork {
  const _ = db.command;
  const coll = (name: string) => db.collection(name);

  async function create(posts: Post[], history: PostHistoryRow[]) {
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
    try {
      for (const part of chunk(posts)) {
        await coll(COLLECTIONS.posts).add({ data: part.map((p) => ({ ...toDoc.post(p, db.Geo), createId })) });
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
    return { created: posts.length, taken: [] };
  }

  return {
    posts: {
      inRegion: async (prefix, afterId, limit, filter) => {
        const condition: CloudCondition = { villageCode: startsWith(db, prefix) };
        if (filter?.status) condition.status = filter.status;
        const docs = await pageKept(coll(COLLECTIONS.posts), db, condition, afterId, limit, nameHas(filter?.nameLike));
        return docs.map(fromDoc.post);
      },
      create,
      update: async (id, change, history) => {
        const doc = await getOrNull(coll(COLLECTIONS.posts).doc(id));
        if (!doc) return null;
        const patch = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
        const next: Post = { ...fromDoc.post(doc), ...patch };
        const { _id, ...fields } = toDoc.post(next, db.Geo);
        // One document patched at once: the grid cell and the geo point move with the coordinates.
        await coll(COLLECTIONS.posts)
          .doc(_id)
          .update({ data: { ...fields, cell: cellOf(next) } });
        await patchDirectory(db, [next]);
        await coll(COLLECTIONS.postHistory).add({ data: historyDoc(history, 0) });
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
        const counts = new Map<string, number>(postIds.map((id) => [id, 0]));
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
              for (const p of d.postIds as string[]) if (wanted.has(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
          }),
        );
        return counts;
      },
    },
    volunteersInRegion: async (prefix, afterId, limit, nameLike) =>
      (
        await pageKept(
          coll(COLLECTIONS.volunteers),
          db,
          { villageCode: startsWith(db, prefix) },
          afterId,
          limit,
          nameHas(nameLike),
        )
      ).map(fromDoc.volunteer),
    // The city's own points (region 220800) start with the city prefix '2208' too, so one range holds them.
    servicesInRegion: async (prefix, limit) =>
      (
        await pageKept(coll(COLLECTIONS.services), db, { regionCode: startsWith(db, prefix) }, null, limit, () => true)
      ).map(fromDoc.service),
    forStats: async (prefix, fromMs, toMs, limit) => {
      if (limit <= 0 || fromMs >= toMs) return [];
      const out: RequestStatRow[] = [];
      // Paged by (createdAt, _id) rather than skip, so a year of requests is an index range per page.
      let cursor: { at: number; id: string } | null = null;
      while (out.length < limit) {
        const want = Math.min(PAGE, limit - out.length);
        const base = { villageCode: startsWith(db, prefix) };
        const page: CloudDoc[] = [];
        if (cursor) {
          const same = await coll(COLLECTIONS.requests)
            .where({ ...base, createdAt: cursor.at, _id: _.gt(cursor.id) })
            .orderBy('_id', 'asc')
            .limit(want)
            .get();
          page.push(...same.data);
        }
        if (page.length < want) {
          const from = cursor ? _.and(_.gt(cursor.at), _.lte(toMs - 1)) : _.and(_.gte(fromMs), _.lte(toMs - 1));
          const next = await coll(COLLECTIONS.requests)
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
          });
        }
        if (page.length < want) break;
        const last = page[page.length - 1];
        cursor = { at: last.createdAt as number, id: last._id };
      }
      return out;
    },
    users: {
      countByRole: async (role) => (await coll(COLLECTIONS.users).where({ role }).count()).total,
      putFirstAdmin: async (user: User) => {
        const admins = async () => (await coll(COLLECTIONS.users).where({ role: 'admin' }).count()).total;
        if ((await admins()) > 0) return false;
        try {
          await coll(COLLECTIONS.meta).add({ data: { _id: FIRST_ADMIN_GUARD, value: user.openid } });
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
          const guard = await getOrNull(coll(COLLECTIONS.meta).doc(FIRST_ADMIN_GUARD));
          // Only the caller who claimed the guard may finish a binding that a crash cut short.
          if (guard?.value !== user.openid || (await admins()) > 0) return false;
        }
        const { _id, ...fields } = toDoc.user(user);
        await coll(COLLECTIONS.users).doc(_id).set({ data: fields });
        return true;
      },
    },
  };
}
