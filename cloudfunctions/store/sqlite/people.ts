/** The embedded store's writes and lookups of people: bound users, volunteers and service points by id. */
import type Database from 'better-sqlite3';
import type { User } from '../../../types/domain';
import type { Store, VolunteerRow } from '../port';
import {
  toService,
  toUser,
  toVolunteer,
  userParams,
  volunteerParams,
  type ServiceDbRow,
  type UserDbRow,
  type VolunteerDbRow,
  VOLUNTEER_WITH_POSTS,
} from './mappers';

function prepare(db: Database.Database) {
  return {
    volunteerById: db.prepare<[string], VolunteerDbRow>(`${VOLUNTEER_WITH_POSTS} WHERE v.id = ?`),
    // An upsert, not INSERT OR REPLACE: replacing would delete the row its user and post links point at.
    upsertVolunteer: db.prepare<[Omit<VolunteerDbRow, 'post_ids'>]>(
      `INSERT INTO volunteers (id, name, village_code, phone, phone_public, is_mediator, hours, photo_file_id, active)
       VALUES (@id, @name, @village_code, @phone, @phone_public, @is_mediator, @hours, @photo_file_id, @active)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, village_code = excluded.village_code,
         phone = excluded.phone, phone_public = excluded.phone_public, is_mediator = excluded.is_mediator,
         hours = excluded.hours, photo_file_id = excluded.photo_file_id, active = excluded.active`,
    ),
    clearPosts: db.prepare<[string]>('DELETE FROM volunteer_posts WHERE volunteer_id = ?'),
    addPost: db.prepare<[string, string]>('INSERT INTO volunteer_posts (volunteer_id, post_id) VALUES (?, ?)'),
    usersOfVolunteers: db.prepare<[string], UserDbRow>(
      'SELECT * FROM users WHERE volunteer_id IN (SELECT value FROM json_each(?)) ORDER BY openid',
    ),
    usersOfService: db.prepare<[string], UserDbRow>('SELECT * FROM users WHERE service_id = ? ORDER BY openid'),
    upsertUser: db.prepare<[UserDbRow]>(
      `INSERT INTO users (openid, role, region_code, label, volunteer_id, service_id)
       VALUES (@openid, @role, @region_code, @label, @volunteer_id, @service_id)
       ON CONFLICT (openid) DO UPDATE SET role = excluded.role, region_code = excluded.region_code,
         label = excluded.label, volunteer_id = excluded.volunteer_id, service_id = excluded.service_id`,
    ),
    unbind: db.prepare<[string]>('DELETE FROM users WHERE openid = ?'),
    serviceById: db.prepare<[string], ServiceDbRow>('SELECT * FROM services WHERE id = ?'),
  };
}

/** The parts of the port built here, plus the raw writes an invite's acceptance runs inside its transaction. */
export interface PeopleParts {
  volunteers: Pick<Store['volunteers'], 'byId' | 'put'>;
  users: Pick<Store['users'], 'byVolunteerIds' | 'byService' | 'put' | 'unbind'>;
  serviceById: Store['services']['byId'];
  /** Writes a volunteer and its posts; callers run it in a transaction. */
  writeVolunteer(volunteer: VolunteerRow): void;
  writeUser(user: User): void;
}

/** Prepares the statements and builds the people methods of one connection. */
export function peopleParts(db: Database.Database): PeopleParts {
  const st = prepare(db);
  const writeVolunteer = (v: VolunteerRow): void => {
    st.upsertVolunteer.run(volunteerParams(v));
    st.clearPosts.run(v.id);
    for (const postId of new Set(v.postIds)) st.addPost.run(v.id, postId);
  };
  const writeUser = (u: User): void => {
    st.upsertUser.run(userParams(u));
  };
  const putVolunteer = db.transaction(writeVolunteer);

  return {
    volunteers: {
      byId: async (id) => {
        const row = st.volunteerById.get(id);
        return row ? toVolunteer(row) : null;
      },
      put: async (v) => putVolunteer(v),
    },
    users: {
      byVolunteerIds: async (ids) => (ids.length ? st.usersOfVolunteers.all(JSON.stringify(ids)).map(toUser) : []),
      byService: async (serviceId) => st.usersOfService.all(serviceId).map(toUser),
      put: async (u) => writeUser(u),
      unbind: async (openid) => st.unbind.run(openid).changes > 0,
    },
    serviceById: async (id) => {
      const row = st.serviceById.get(id);
      return row ? toService(row) : null;
    },
    writeVolunteer,
    writeUser,
  };
}
