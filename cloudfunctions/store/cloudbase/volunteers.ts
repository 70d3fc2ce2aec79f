/** Volunteers (法律明白人) on CloudBase: a post's volunteers, one by id, writes, a region's volunteers. */
import type { VolunteersPort } from '../port';
import { setCarrying } from './audit-pending';
import { COLLECTIONS, fromDoc, toDoc } from './docs';
import { getOrNull, nameHas, pageBySkip, pageKept, startsWith } from './query';
import type { CloudDatabase } from './sdk';

/** The volunteers group over a CloudBase database. */
export function cloudVolunteers(db: CloudDatabase): VolunteersPort {
  const coll = (name: string) => db.collection(name);
  return {
    forPost: async (postId, limit) => {
      // Equality on an array field matches documents whose postIds contain the value (MongoDB semantics).
      const query = coll(COLLECTIONS.volunteers)
        .where({ postIds: postId })
        .orderBy('isMediator', 'desc')
        .orderBy('name', 'asc')
        .orderBy('_id', 'asc');
      return (await pageBySkip(query, Math.max(0, limit))).map(fromDoc.volunteer);
    },
    byId: async (id) => {
      const doc = await getOrNull(coll(COLLECTIONS.volunteers).doc(id));
      return doc ? fromDoc.volunteer(doc) : null;
    },
    // `set` replaces the whole document: the posts list (and the audit entry) go with it in one write.
    put: async (v, audit) => {
      const { _id, ...fields } = toDoc.volunteer(v);
      await setCarrying(db, COLLECTIONS.volunteers, _id, fields, audit);
    },
    inRegion: async (prefix, afterId, limit, nameLike) =>
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
  };
}
