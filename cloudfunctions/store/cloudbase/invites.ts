/**
 * Invites (邀请) on CloudBase. invites.accept is several writes (no multi-document transactions here). The invite
 * is claimed first, atomically, by a conditional update on `usedBy: null` (the guard: of two accounts racing,
 * exactly one claims it), with `bound: false`; then the volunteer and the user documents are written; then
 * `bound: true`. If a write after the claim fails, the invite is left claimed by that openid with `bound: false`,
 * and nobody else can take it. Accepting again with the same openid sees that state and finishes the writes (every
 * write is an idempotent `set` by id), so a retry repairs it; any other openid still gets 'used'. Once `bound` is
 * true the invite answers 'used' to everyone, as on SQLite. The claim carries the acceptance's audit entry.
 */
import type { User } from '~/types/domain';
import type { AcceptOutcome, InviteRow, InvitesPort, VolunteerRow } from '../port';
import { carried, carriedPatch, copyNow, setCarrying } from './audit-pending';
import { COLLECTIONS, toDoc } from './docs';
import { rowReader, toFields } from './fields';
import { getOrNull, pageBySkip, startsWith } from './query';
import type { CloudDatabase } from './sdk';

// Invites written before a code was used carry no usedBy / usedAt.
const toInvite = rowReader<InviteRow>()('code', {
  copy: 'role regionCode name postIds serviceId volunteerId createdBy createdAt expiresAt',
  orNull: 'usedBy usedAt',
});

/** The invites group over a CloudBase database. */
export function cloudInvites(db: CloudDatabase): InvitesPort {
  const coll = (name: string) => db.collection(name);

  /** Writes the volunteer and the user of an accepted invite (idempotent `set`s by id), then marks it bound. */
  async function bind(code: string, user: User, volunteer: VolunteerRow | null): Promise<void> {
    if (volunteer) {
      // A volunteer's document may still carry an admin's entry (an assignment): kept, not replaced away.
      const { _id, ...fields } = toDoc.volunteer(volunteer);
      await setCarrying(db, COLLECTIONS.volunteers, _id, fields, undefined);
    }
    const { _id, ...fields } = toDoc.user(user);
    await coll(COLLECTIONS.users).doc(_id).set({ data: fields });
    await coll(COLLECTIONS.invites)
      .doc(code)
      .update({ data: { bound: true } });
  }

  return {
    create: async (invite, audit) => {
      // The invite carries its entry (audit-pending.ts) until it is copied into the log.
      const entry = carried(audit, `invite-new\u0000${invite.code}`);
      await coll(COLLECTIONS.invites).add({ data: { ...toFields(invite, 'code'), ...entry } });
      if (audit) await copyNow(db, COLLECTIONS.invites, invite.code);
    },
    byCode: async (code) => {
      const doc = await getOrNull(coll(COLLECTIONS.invites).doc(code));
      return doc ? toInvite(doc) : null;
    },
    forRegion: async (scopeCode, limit) => {
      const prefix = scopeCode.length === 6 && scopeCode.endsWith('00') ? scopeCode.slice(0, 4) : scopeCode;
      const where = { regionCode: startsWith(db, prefix), usedBy: null };
      const query = coll(COLLECTIONS.invites).where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc');
      return (await pageBySkip(query, Math.max(0, limit))).map(toInvite);
    },
    accept: async (code, user, volunteer, at, audit): Promise<AcceptOutcome> => {
      // The claim carries the audit entry (audit-pending.ts): an acceptance is on record from its claim on.
      // Pushed, not set: the invite may still carry its creation's entry.
      const entry = carriedPatch(db, audit, `invite\u0000${code}`);
      const claim = await coll(COLLECTIONS.invites)
        .where({ _id: code, usedBy: null })
        .update({ data: { usedBy: user.openid, usedAt: at, bound: false, ...entry } });
      if (claim.stats.updated === 0) {
        const doc = await getOrNull(coll(COLLECTIONS.invites).doc(code));
        if (!doc) return 'missing';
        // A claim of ours whose writes did not all land (see the header): finish them now.
        if (doc.usedBy !== user.openid || doc.bound !== false) return 'used';
      }
      await bind(code, user, volunteer);
      if (audit) await copyNow(db, COLLECTIONS.invites, code);
      return 'ok';
    },
  };
}
