/**
 * Bound users on CloudBase: lookups, writes, unbinding, the first admin and the admins of a region.
 * users.putFirstAdmin claims a guard document (`meta/first_admin`, unique by `_id`) before binding: of two racing
 * callers only one claims it. A crash after the claim leaves the guard naming that openid, and a retry by the same
 * openid finishes the binding.
 */
import type { User } from '~/types/domain';
import type { AuditEntry, UsersPort } from '../port';
import { addOnce, carried, copyNow, nonce, pendingAuditId } from './audit-pending';
import { COLLECTIONS, fromDoc, toDoc } from './docs';
import { chunk, getOrNull, isDuplicateKey, pageById, startsWith } from './query';
import type { CloudDatabase } from './sdk';

const FIRST_ADMIN_GUARD = 'first_admin';
/** How long an unbinding's mark stands for retries of the same act (UsersPort.unbind). */
const UNBIND_RETRY_MS = 10 * 60_000;

/** The users group over a CloudBase database. */
export function cloudUsers(db: CloudDatabase): UsersPort {
  const coll = (name: string) => db.collection(name);
  const _ = db.command;
  return {
    byOpenid: async (openid) => {
      const doc = await getOrNull(coll(COLLECTIONS.users).doc(openid));
      return doc ? fromDoc.user(doc) : null;
    },
    list: async (limit) => (await pageById(coll(COLLECTIONS.users), _, {}, null, Math.max(0, limit))).map(fromDoc.user),
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
    unbind: async (openid, audit) => {
      const users = coll(COLLECTIONS.users);
      if (!audit) return (await users.doc(openid).remove()).stats.removed > 0;
      // A removed document cannot carry its entry, so it is stored first, under an id the document is marked
      // with: of two calls at once exactly one marks it (a conditional update), and every call within
      // UNBIND_RETRY_MS of the mark, a retry after a failed removal included, stores the entry under the marked
      // id, so the act is on record once. A mark older than that is an abandoned try: a later unbinding is an act
      // of its own, with an entry of its own.
      const mine = pendingAuditId(`unbind\u0000${openid}\u0000${audit.at}\u0000${nonce()}`, audit.at);
      const ours = { unbinding: mine, unbindingAt: audit.at };
      const mark = await users.where({ _id: openid, unbinding: null }).update({ data: ours });
      let entryId = mine;
      if (mark.stats.updated === 0) {
        const doc = await getOrNull(users.doc(openid));
        if (!doc) return false;
        const fresh = typeof doc.unbindingAt === 'number' && audit.at - doc.unbindingAt < UNBIND_RETRY_MS;
        if (typeof doc.unbinding === 'string' && fresh) entryId = doc.unbinding;
        else if (
          (await users.where({ _id: openid, unbinding: doc.unbinding ?? null }).update({ data: ours })).stats
            .updated === 0
        ) {
          const now = await getOrNull(users.doc(openid));
          if (!now) return false;
          if (typeof now.unbinding === 'string') entryId = now.unbinding;
        }
      }
      await addOnce(db, audit, entryId);
      return (await users.doc(openid).remove()).stats.removed > 0;
    },
    countByRole: async (role) => (await coll(COLLECTIONS.users).where({ role }).count()).total,
    putFirstAdmin: async (user: User, audit: AuditEntry) => {
      const admins = async () => (await coll(COLLECTIONS.users).where({ role: 'admin' }).count()).total;
      if ((await admins()) > 0) return false;
      try {
        // The guard carries the entry (audit-pending.ts): the binding is on record from its claim on.
        const entry = carried(audit, `bootstrap\u0000${user.openid}`);
        await coll(COLLECTIONS.meta).add({ data: { _id: FIRST_ADMIN_GUARD, value: user.openid, ...entry } });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        const guard = await getOrNull(coll(COLLECTIONS.meta).doc(FIRST_ADMIN_GUARD));
        // Only the caller who claimed the guard may finish a binding that a crash cut short.
        if (guard?.value !== user.openid || (await admins()) > 0) return false;
      }
      const { _id, ...fields } = toDoc.user(user);
      await coll(COLLECTIONS.users).doc(_id).set({ data: fields });
      await copyNow(db, COLLECTIONS.meta, FIRST_ADMIN_GUARD);
      return true;
    },
    adminsIn: async (prefix, limit) =>
      (
        await pageById(
          coll(COLLECTIONS.users),
          _,
          { role: 'admin', regionCode: startsWith(db, prefix) },
          null,
          Math.max(0, limit),
        )
      ).map(fromDoc.user),
  };
}
