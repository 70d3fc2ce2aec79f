/** The embedded store's invites (邀请): creating, reading, a region's unused ones, and accepting one in one unit. */
import type Database from 'better-sqlite3';
import type { User } from '~/types/domain';
import type { AcceptOutcome, AuditEntry, InviteRow, InvitesPort, VolunteerRow } from '../port';
import { prepareAppend } from './audit';
import { prefixEnd } from './ranges';
import { userWriter } from './users';
import { volunteerWriter } from './volunteers';
import { writeTransaction } from './write-transaction';

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

function prepare(db: Database.Database) {
  return {
    add: db.prepare<[InviteDbRow]>(
      `INSERT INTO invites (code, role, region_code, name, post_ids, service_id, volunteer_id, created_by,
         created_at, expires_at, used_by, used_at)
       VALUES (@code, @role, @region_code, @name, @post_ids, @service_id, @volunteer_id, @created_by,
         @created_at, @expires_at, @used_by, @used_at)`,
    ),
    byCode: db.prepare<[string], InviteDbRow>('SELECT * FROM invites WHERE code = ?'),
    inRegion: db.prepare<[string, string, number], InviteDbRow>(
      `SELECT * FROM invites WHERE region_code >= ? AND region_code < ? AND used_by IS NULL
       ORDER BY created_at DESC, code DESC LIMIT ?`,
    ),
    use: db.prepare<[string, number, string]>(
      'UPDATE invites SET used_by = ?, used_at = ? WHERE code = ? AND used_by IS NULL',
    ),
  };
}

/** The invites group of one connection. */
export function sqliteInvites(db: Database.Database): InvitesPort {
  const st = prepare(db);
  const writeVolunteer = volunteerWriter(db);
  const writeUser = userWriter(db);
  const appendAudit = prepareAppend(db);
  const accept = writeTransaction(
    db,
    (code: string, user: User, volunteer: VolunteerRow | null, at: number, audit?: AuditEntry): AcceptOutcome => {
      // The guard comes first: only the caller who flips used_by from NULL goes on to write anything.
      if (st.use.run(user.openid, at, code).changes === 0) {
        return st.byCode.get(code) ? 'used' : 'missing';
      }
      if (volunteer) writeVolunteer(volunteer);
      writeUser(user);
      if (audit) appendAudit.run(audit);
      return 'ok';
    },
  );
  const create = writeTransaction(db, (i: InviteRow, audit?: AuditEntry): void => {
    st.add.run({
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
    if (audit) appendAudit.run(audit);
  });
  return {
    create: async (invite, audit) => create(invite, audit),
    byCode: async (code) => {
      const row = st.byCode.get(code);
      return row ? toInvite(row) : null;
    },
    forRegion: async (scopeCode, limit) => {
      if (limit <= 0) return [];
      const prefix = scopeCode.length === 6 && scopeCode.endsWith('00') ? scopeCode.slice(0, 4) : scopeCode;
      return st.inRegion.all(prefix, prefixEnd(prefix), limit).map(toInvite);
    },
    accept: async (code, user, volunteer, at, audit) => accept(code, user, volunteer, at, audit),
  };
}
