/** People on CloudBase: bound users by volunteer or unit, user and volunteer writes, service points by id. */
import type { User } from '../../../types/domain';
import type { Store } from '../port';
import { COLLECTIONS, fromDoc, toDoc } from './docs';
import { chunk, getOrNull, pageById } from './query';
import type { CloudDatabase } from './sdk';

/** The parts of the port built here; index.ts assembles them. */
export interface CloudPeople {
  volunteers: Pick<Store['volunteers'], 'byId' | 'put'>;
  users: Pick<Store['users'], 'byVolunteerIds' | 'byService' | 'put' | 'unbind'>;
  serviceById: Store['services']['byId'];
}

/** The people methods over a CloudBase database. */
export function cloudPeople(db: CloudDatabase): CloudPeople {
  const coll = (name: string) => db.collection(name);
  const _ = db.command;
  return {
    volunteers: {
      byId: async (id) => {
        const doc = await getOrNull(coll(COLLECTIONS.volunteers).doc(id));
        return doc ? fromDoc.volunteer(doc) : null;
      },
      // `set` replaces the whole document: the posts list goes with it in one single-document write.
      put: async (v) => {
        const { _id, ...fields } = toDoc.volunteer(v);
        await coll(COLLECTIONS.volunteers).doc(_id).set({ data: fields });
      },
    },
    users: {
      byVolunteerIds: async (volunteerIds) => {
        const out: User[] = [];
        for (const part of chunk([...new Set(volunteerIds)])) {
          const docs = await pageById(coll(COLLECTIONS.users), _, { volunteerId: _.in(part) }, null, Infinity);
          out.push(...docs.map(fromDoc.user));
        }
        return out.sort((a, b) => (a.openid < b.openid ? -1 : a.openid > b.openid ? 1 : 0));
      },
      byService: async (serviceId) =>
        (await pageById(coll(COLLECTIONS.users), _, { serviceId }, null, Infinity)).map(fromDoc.user),
      put: async (user) => {
        const { _id, ...fields } = toDoc.user(user);
        await coll(COLLECTIONS.users).doc(_id).set({ data: fields });
      },
      unbind: async (openid) => (await coll(COLLECTIONS.users).doc(openid).remove()).stats.removed > 0,
    },
    serviceById: async (id) => {
      const doc = await getOrNull(coll(COLLECTIONS.services).doc(id));
      return doc ? fromDoc.service(doc) : null;
    },
  };
}
