/**
 * The side records of handling requests on CloudBase: the audit log (its own collection, append-only, never
 * deleted), the outbox of notices, invites and answer templates.
 *
 * Guarantees that differ from SQLite (no multi-document transactions here):
 * - invites.accept is several writes. The invite is claimed first, atomically, by a conditional update on
 *   `usedBy: null` (the guard: of two accounts racing, exactly one claims it), with `bound: false`; then the
 *   volunteer and the user documents are written; then `bound: true`. If a write after the claim fails, the invite
 *   is left claimed by that openid with `bound: false`, and nobody else can take it. Accepting again with the
 *   same openid sees that state and finishes the writes (every write is an idempotent `set` by id), so a retry
 *   repairs it; any other openid still gets 'used'. Once `bound` is true the invite answers 'used' to everyone,
 *   as on SQLite.
 * - audit entries with the same `at` are read back in `_id` order (random ids), not strictly in insertion order.
 */
import { randomBytes } from 'node:crypto';
import type { User } from '../../../types/domain';
import { auditPage, toAuditRow } from './audit';
import type { AcceptOutcome, AuditEntry, InviteRow, NoticeRow, Store, TemplateRow, VolunteerRow } from '../port';
import { COLLECTIONS, toDoc } from './docs';
import { chunk, getOrNull, isDuplicateKey, pageBySkip } from './query';
import type { CloudCondition, CloudDatabase, CloudDoc } from './sdk';

// Documents are written only by this adapter, so their shape is known.
type Doc<T> = CloudDoc & T;

function toAudit(doc: CloudDoc): AuditEntry {
  const { id: _id, ...entry } = toAuditRow(doc);
  return entry;
}

function toNotice(doc: CloudDoc): NoticeRow {
  const d = doc as Doc<Omit<NoticeRow, 'id'>>;
  return {
    id: d._id,
    recipient: d.recipient,
    at: d.at,
    title: d.title,
    body: d.body,
    requestId: d.requestId,
    target: d.target,
    readAt: d.readAt ?? null,
  };
}

function toInvite(doc: CloudDoc): InviteRow {
  const d = doc as Doc<Omit<InviteRow, 'code'>>;
  return {
    code: d._id,
    role: d.role,
    regionCode: d.regionCode,
    name: d.name,
    postIds: [...d.postIds],
    serviceId: d.serviceId,
    volunteerId: d.volunteerId,
    createdBy: d.createdBy,
    createdAt: d.createdAt,
    expiresAt: d.expiresAt,
    usedBy: d.usedBy ?? null,
    usedAt: d.usedAt ?? null,
  };
}

function toTemplate(doc: CloudDoc): TemplateRow {
  const d = doc as Doc<Omit<TemplateRow, 'id'>>;
  return {
    id: d._id,
    owner: d.owner,
    title: d.title,
    text: d.text,
    guideIds: [...d.guideIds],
    createdAt: d.createdAt,
  };
}

/** The first code after every code starting with `prefix` (codes are digits, so one high character suffices). */
const prefixEnd = (prefix: string) => `${prefix}\uffff`;

/** The parts of the port built here; index.ts assembles them. */
export interface CloudRecords {
  audit: Store['audit'];
  outbox: Store['outbox'];
  invites: Store['invites'];
  templates: Store['templates'];
}

/** The audit, outbox, invite and template methods over a CloudBase database. */
export function cloudRecords(db: CloudDatabase): CloudRecords {
  const coll = (name: string) => db.collection(name);
  const _ = db.command;

  /** Writes the volunteer and the user of an accepted invite (idempotent `set`s by id), then marks it bound. */
  async function bind(code: string, user: User, volunteer: VolunteerRow | null): Promise<void> {
    if (volunteer) {
      const { _id, ...fields } = toDoc.volunteer(volunteer);
      await coll(COLLECTIONS.volunteers).doc(_id).set({ data: fields });
    }
    const { _id, ...fields } = toDoc.user(user);
    await coll(COLLECTIONS.users).doc(_id).set({ data: fields });
    await coll(COLLECTIONS.invites)
      .doc(code)
      .update({ data: { bound: true } });
  }

  return {
    audit: {
      append: async (entry) => {
        // The id sorts by time first; the random tail keeps entries of the same millisecond apart.
        const _id = `a${entry.at.toString(36).padStart(10, '0')}${randomBytes(6).toString('hex')}`;
        await coll(COLLECTIONS.auditLog).add({ data: { _id, ...entry } });
      },
      forRequest: async (requestId, limit) => {
        const query = coll(COLLECTIONS.auditLog).where({ requestId }).orderBy('at', 'asc').orderBy('_id', 'asc');
        return (await pageBySkip(query, Math.max(0, limit))).map(toAudit);
      },
      page: (q) => auditPage(coll(COLLECTIONS.auditLog), _, q),
    },
    outbox: {
      add: async (n) => {
        const { id, ...rest } = n;
        await coll(COLLECTIONS.outbox).add({ data: { _id: id, ...rest } });
      },
      forRecipient: async (recipient, limit) => {
        const query = coll(COLLECTIONS.outbox).where({ recipient }).orderBy('at', 'desc').orderBy('_id', 'desc');
        return (await pageBySkip(query, Math.max(0, limit))).map(toNotice);
      },
      unreadCount: async (recipient) =>
        (await coll(COLLECTIONS.outbox).where({ recipient, readAt: null }).count()).total,
      markRead: async (recipient, ids, at) => {
        if (ids === null) {
          const all = await coll(COLLECTIONS.outbox)
            .where({ recipient, readAt: null })
            .update({ data: { readAt: at } });
          return all.stats.updated;
        }
        let changed = 0;
        for (const part of chunk([...new Set(ids)])) {
          const where: CloudCondition = { recipient, readAt: null, _id: _.in(part) };
          changed += (
            await coll(COLLECTIONS.outbox)
              .where(where)
              .update({ data: { readAt: at } })
          ).stats.updated;
        }
        return changed;
      },
      deleteByRecipient: async (recipient) =>
        (await coll(COLLECTIONS.outbox).where({ recipient }).remove()).stats.removed,
    },
    invites: {
      create: async (invite) => {
        const { code, ...rest } = invite;
        await coll(COLLECTIONS.invites).add({ data: { _id: code, ...rest, postIds: [...invite.postIds] } });
      },
      byCode: async (code) => {
        const doc = await getOrNull(coll(COLLECTIONS.invites).doc(code));
        return doc ? toInvite(doc) : null;
      },
      forRegion: async (scopeCode, limit) => {
        const prefix = scopeCode.length === 6 && scopeCode.endsWith('00') ? scopeCode.slice(0, 4) : scopeCode;
        const where = { regionCode: _.and(_.gte(prefix), _.lte(prefixEnd(prefix))), usedBy: null };
        const query = coll(COLLECTIONS.invites).where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc');
        return (await pageBySkip(query, Math.max(0, limit))).map(toInvite);
      },
      accept: async (code, user, volunteer, at): Promise<AcceptOutcome> => {
        const claim = await coll(COLLECTIONS.invites)
          .where({ _id: code, usedBy: null })
          .update({ data: { usedBy: user.openid, usedAt: at, bound: false } });
        if (claim.stats.updated === 0) {
          const doc = await getOrNull(coll(COLLECTIONS.invites).doc(code));
          if (!doc) return 'missing';
          // A claim of ours whose writes did not all land (see the header): finish them now.
          if (doc.usedBy !== user.openid || doc.bound !== false) return 'used';
        }
        await bind(code, user, volunteer);
        return 'ok';
      },
    },
    templates: {
      forOwner: async (owner) => {
        const query = coll(COLLECTIONS.templates).where({ owner }).orderBy('createdAt', 'asc').orderBy('_id', 'asc');
        return (await pageBySkip(query, Infinity)).map(toTemplate);
      },
      put: async (t) => {
        const { id, ...rest } = t;
        const edit = { title: t.title, text: t.text, guideIds: [...t.guideIds] };
        const { stats } = await coll(COLLECTIONS.templates).where({ _id: id, owner: t.owner }).update({ data: edit });
        if (stats.updated > 0) return;
        try {
          await coll(COLLECTIONS.templates).add({ data: { _id: id, ...rest, guideIds: [...t.guideIds] } });
        } catch (err) {
          // The id belongs to another owner's template: leave it alone, as SQLite does.
          if (!isDuplicateKey(err)) throw err;
        }
      },
      delete: async (owner, id) =>
        (await coll(COLLECTIONS.templates).where({ _id: id, owner }).remove()).stats.removed > 0,
    },
  };
}
