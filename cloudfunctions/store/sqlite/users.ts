/** The embedded store's bound users: lookups, writes, unbinding, the first admin and the admins of a region. */
import type Database from 'better-sqlite3';
import type { User } from '~/types/domain';
import type { AuditEntry, UsersPort } from '../port';
import { prepareAppend } from './audit';
import { toUser, userParams, type UserDbRow } from './mappers';
import { prefixEnd } from './ranges';
import type { Statements } from './statements';
import { writeTransaction } from './write-transaction';

/** Stores a user, replacing the row of the same openid; an invite's acceptance runs it inside its transaction. */
export function userWriter(db: Database.Database): (user: User) => void {
  const upsert = db.prepare<[UserDbRow]>(
    `INSERT INTO users (openid, role, region_code, label, volunteer_id, service_id)
     VALUES (@openid, @role, @region_code, @label, @volunteer_id, @service_id)
     ON CONFLICT (openid) DO UPDATE SET role = excluded.role, region_code = excluded.region_code,
       label = excluded.label, volunteer_id = excluded.volunteer_id, service_id = excluded.service_id`,
  );
  return (u) => {
    upsert.run(userParams(u));
  };
}

function prepare(db: Database.Database) {
  return {
    ofVolunteers: db.prepare<[string], UserDbRow>(
      'SELECT * FROM users WHERE volunteer_id IN (SELECT value FROM json_each(?)) ORDER BY openid',
    ),
    ofService: db.prepare<[string], UserDbRow>('SELECT * FROM users WHERE service_id = ? ORDER BY openid'),
    unbind: db.prepare<[string]>('DELETE FROM users WHERE openid = ?'),
    countByRole: db.prepare<[string], number>('SELECT count(*) FROM users WHERE role = ?').pluck(),
    adminsIn: db.prepare<[string, string, number], UserDbRow>(
      `SELECT * FROM users WHERE role = 'admin' AND region_code >= ? AND region_code < ? ORDER BY openid LIMIT ?`,
    ),
  };
}

/** The users group of one connection. */
export function sqliteUsers(db: Database.Database, shared: Statements): UsersPort {
  const st = prepare(db);
  const write = userWriter(db);
  const appendAudit = prepareAppend(db);
  const putFirstAdmin = writeTransaction(db, (user: User, audit: AuditEntry): boolean => {
    if ((st.countByRole.get('admin') ?? 0) > 0) return false;
    write(user);
    appendAudit.run(audit);
    return true;
  });
  const unbind = writeTransaction(db, (openid: string, audit?: AuditEntry): boolean => {
    if (st.unbind.run(openid).changes === 0) return false;
    if (audit) appendAudit.run(audit);
    return true;
  });
  return {
    byOpenid: async (openid) => {
      const row = shared.userByOpenid.get(openid);
      return row ? toUser(row) : null;
    },
    list: async (limit) => (limit > 0 ? shared.users.all(limit).map(toUser) : []),
    byVolunteerIds: async (ids) => (ids.length ? st.ofVolunteers.all(JSON.stringify(ids)).map(toUser) : []),
    byService: async (serviceId) => st.ofService.all(serviceId).map(toUser),
    put: async (u) => write(u),
    unbind: async (openid, audit) => unbind(openid, audit),
    countByRole: async (role) => st.countByRole.get(role) ?? 0,
    putFirstAdmin: async (user, audit) => putFirstAdmin(user, audit),
    adminsIn: async (prefix, limit) => (limit > 0 ? st.adminsIn.all(prefix, prefixEnd(prefix), limit).map(toUser) : []),
  };
}
