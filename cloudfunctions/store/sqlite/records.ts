/**
 * The embedded store's side records of handling requests: the append-only audit log, the outbox of
 * notices, invites and answer templates.
 */
import type Database from 'better-sqlite3';
import type { User } from '../../../types/domain';
import type { AcceptOutcome, InviteRow, NoticeRow, Store, TemplateRow, VolunteerRow } from '../port';
import { auditParts } from './audit';
import type { PeopleParts } from './people';

interface NoticeDbRow {
  id: string;
  recipient: string;
  at: number;
  title: string;
  body: string;
  request_id: string | null;
  target: NoticeRow['target'];
  read_at: number | null;
}

interface InviteDbRow {
  code: string;
  role: InviteRow['role'];
  region_code: string;
  name: string;
  post_ids: string;
  service_id: string | null;
  volunteer_id: string | null;
  created_by: string;
  created_at: number;
  expires_at: number;
  used_by: string | null;
  used_at: number | null;
}

interface TemplateDbRow {
  id: string;
  owner: string;
  title: string;
  text: string;
  guide_ids: string;
  created_at: number;
}

function toNotice(r: NoticeDbRow): NoticeRow {
  const { request_id: requestId, read_at: readAt, ...rest } = r;
  return { ...rest, requestId, readAt };
}

function toInvite(r: InviteDbRow): InviteRow {
  return {
    code: r.code,
    role: r.role,
    regionCode: r.region_code,
    name: r.name,
    postIds: JSON.parse(r.post_ids) as string[],
    serviceId: r.service_id,
    volunteerId: r.volunteer_id,
    createdBy: r.created_by,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    usedBy: r.used_by,
    usedAt: r.used_at,
  };
}

function toTemplate(r: TemplateDbRow): TemplateRow {
  const { guide_ids: guideIds, created_at: createdAt, ...rest } = r;
  return { ...rest, guideIds: JSON.parse(guideIds) as string[], createdAt };
}

/** The first code after every code starting with `prefix` (codes are digits, so one high character suffices). */
function prefixEnd(prefix: string): string {
  return `${prefix}\uffff`;
}

function prepare(db: Database.Database) {
  return {
    addNotice: db.prepare<[NoticeDbRow]>(
      `INSERT INTO outbox (id, recipient, at, title, body, request_id, target, read_at)
       VALUES (@id, @recipient, @at, @title, @body, @request_id, @target, @read_at)`,
    ),
    noticesFor: db.prepare<[string, number], NoticeDbRow>(
      'SELECT * FROM outbox WHERE recipient = ? ORDER BY at DESC, id DESC LIMIT ?',
    ),
    unread: db.prepare<[string], number>('SELECT count(*) FROM outbox WHERE recipient = ? AND read_at IS NULL').pluck(),
    readAll: db.prepare<[number, string]>('UPDATE outbox SET read_at = ? WHERE recipient = ? AND read_at IS NULL'),
    readSome: db.prepare<[number, string, string]>(
      `UPDATE outbox SET read_at = ? WHERE recipient = ? AND read_at IS NULL
         AND id IN (SELECT value FROM json_each(?))`,
    ),
    deleteNotices: db.prepare<[string]>('DELETE FROM outbox WHERE recipient = ?'),
    addInvite: db.prepare<[InviteDbRow]>(
      `INSERT INTO invites (code, role, region_code, name, post_ids, service_id, volunteer_id, created_by,
         created_at, expires_at, used_by, used_at)
       VALUES (@code, @role, @region_code, @name, @post_ids, @service_id, @volunteer_id, @created_by,
         @created_at, @expires_at, @used_by, @used_at)`,
    ),
    inviteByCode: db.prepare<[string], InviteDbRow>('SELECT * FROM invites WHERE code = ?'),
    invitesIn: db.prepare<[string, string, number], InviteDbRow>(
      `SELECT * FROM invites WHERE region_code >= ? AND region_code < ? AND used_by IS NULL
       ORDER BY created_at DESC, code DESC LIMIT ?`,
    ),
    useInvite: db.prepare<[string, number, string]>(
      'UPDATE invites SET used_by = ?, used_at = ? WHERE code = ? AND used_by IS NULL',
    ),
    templatesOf: db.prepare<[string], TemplateDbRow>(
      'SELECT * FROM answer_templates WHERE owner = ? ORDER BY created_at, id',
    ),
    // Upsert only within the owner: an id of another owner's template is left alone (and nothing is written).
    putTemplate: db.prepare<[TemplateDbRow]>(
      `INSERT INTO answer_templates (id, owner, title, text, guide_ids, created_at)
       VALUES (@id, @owner, @title, @text, @guide_ids, @created_at)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, text = excluded.text, guide_ids = excluded.guide_ids
       WHERE answer_templates.owner = excluded.owner`,
    ),
    deleteTemplate: db.prepare<[string, string]>('DELETE FROM answer_templates WHERE owner = ? AND id = ?'),
  };
}

/** The parts of the port built here; index.ts guards and assembles them. */
export interface RecordParts {
  audit: Store['audit'];
  outbox: Store['outbox'];
  invites: Store['invites'];
  templates: Store['templates'];
}

/** Prepares the statements and builds the audit, outbox, invite and template methods of one connection. */
export function recordParts(db: Database.Database, people: PeopleParts): RecordParts {
  const st = prepare(db);
  const markRead = db.transaction((recipient: string, ids: string[] | null, at: number): number =>
    ids === null ? st.readAll.run(at, recipient).changes : st.readSome.run(at, recipient, JSON.stringify(ids)).changes,
  );
  const accept = db.transaction(
    (code: string, user: User, volunteer: VolunteerRow | null, at: number): AcceptOutcome => {
      // The guard comes first: only the caller who flips used_by from NULL goes on to write anything.
      if (st.useInvite.run(user.openid, at, code).changes === 0) {
        return st.inviteByCode.get(code) ? 'used' : 'missing';
      }
      if (volunteer) people.writeVolunteer(volunteer);
      people.writeUser(user);
      return 'ok';
    },
  );

  return {
    audit: auditParts(db),
    outbox: {
      add: async (n) => {
        st.addNotice.run({
          id: n.id,
          recipient: n.recipient,
          at: n.at,
          title: n.title,
          body: n.body,
          request_id: n.requestId,
          target: n.target,
          read_at: n.readAt,
        });
      },
      forRecipient: async (recipient, limit) => (limit > 0 ? st.noticesFor.all(recipient, limit).map(toNotice) : []),
      unreadCount: async (recipient) => st.unread.get(recipient) ?? 0,
      markRead: async (recipient, ids, at) => (ids !== null && ids.length === 0 ? 0 : markRead(recipient, ids, at)),
      deleteByRecipient: async (recipient) => st.deleteNotices.run(recipient).changes,
    },
    invites: {
      create: async (i) => {
        st.addInvite.run({
          code: i.code,
          role: i.role,
          region_code: i.regionCode,
          name: i.name,
          post_ids: JSON.stringify(i.postIds),
          service_id: i.serviceId,
          volunteer_id: i.volunteerId,
          created_by: i.createdBy,
          created_at: i.createdAt,
          expires_at: i.expiresAt,
          used_by: i.usedBy,
          used_at: i.usedAt,
        });
      },
      byCode: async (code) => {
        const row = st.inviteByCode.get(code);
        return row ? toInvite(row) : null;
      },
      forRegion: async (scopeCode, limit) => {
        if (limit <= 0) return [];
        const prefix = scopeCode.length === 6 && scopeCode.endsWith('00') ? scopeCode.slice(0, 4) : scopeCode;
        return st.invitesIn.all(prefix, prefixEnd(prefix), limit).map(toInvite);
      },
      accept: async (code, user, volunteer, at) => accept.immediate(code, user, volunteer, at),
    },
    templates: {
      forOwner: async (owner) => st.templatesOf.all(owner).map(toTemplate),
      put: async (t) => {
        st.putTemplate.run({
          id: t.id,
          owner: t.owner,
          title: t.title,
          text: t.text,
          guide_ids: JSON.stringify(t.guideIds),
          created_at: t.createdAt,
        });
      },
      delete: async (owner, id) => st.deleteTemplate.run(owner, id).changes > 0,
    },
  };
}
