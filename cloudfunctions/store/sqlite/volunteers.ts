/** The embedded store's volunteers (法律明白人): a post's volunteers, one by id, writes, a region's volunteers. */
import type Database from 'better-sqlite3';
import type { AuditEntry, VolunteerRow, VolunteersPort } from '../port';
import { prepareAppend } from './audit';
import { toVolunteer, volunteerParams, VOLUNTEER_WITH_POSTS, type VolunteerDbRow } from './mappers';
import type { RegionPage } from './ranges';
import { regionPage } from './ranges';
import type { Statements } from './statements';
import { writeTransaction } from './write-transaction';

/** Writes a volunteer and its posts; callers run it in a transaction (an invite's acceptance runs it in its own). */
export function volunteerWriter(db: Database.Database): (volunteer: VolunteerRow) => void {
  // An upsert, not INSERT OR REPLACE: replacing would delete the row its user and post links point at.
  const upsert = db.prepare<[Omit<VolunteerDbRow, 'post_ids'>]>(
    `INSERT INTO volunteers (id, name, village_code, phone, phone_public, is_mediator, hours, photo_file_id, active)
     VALUES (@id, @name, @village_code, @phone, @phone_public, @is_mediator, @hours, @photo_file_id, @active)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, village_code = excluded.village_code,
       phone = excluded.phone, phone_public = excluded.phone_public, is_mediator = excluded.is_mediator,
       hours = excluded.hours, photo_file_id = excluded.photo_file_id, active = excluded.active`,
  );
  const clearPosts = db.prepare<[string]>('DELETE FROM volunteer_posts WHERE volunteer_id = ?');
  const addPost = db.prepare<[string, string]>('INSERT INTO volunteer_posts (volunteer_id, post_id) VALUES (?, ?)');
  return (v) => {
    upsert.run(volunteerParams(v));
    clearPosts.run(v.id);
    for (const postId of new Set(v.postIds)) addPost.run(v.id, postId);
  };
}

/** The volunteers group of one connection. */
export function sqliteVolunteers(db: Database.Database, shared: Statements): VolunteersPort {
  const byId = db.prepare<[string], VolunteerDbRow>(`${VOLUNTEER_WITH_POSTS} WHERE v.id = ?`);
  const inRegion = db.prepare<[RegionPage], VolunteerDbRow>(
    `${VOLUNTEER_WITH_POSTS}
     WHERE v.village_code >= @lo AND v.village_code < @hi AND v.id > @after
       AND (@name IS NULL OR v.name LIKE @name ESCAPE '\\')
     ORDER BY v.id LIMIT @limit`,
  );
  const write = volunteerWriter(db);
  const appendAudit = prepareAppend(db);
  const put = writeTransaction(db, (v: VolunteerRow, audit?: AuditEntry) => {
    write(v);
    if (audit) appendAudit.run(audit);
  });
  return {
    forPost: async (postId, limit) => (limit > 0 ? shared.volunteersForPost.all(postId, limit).map(toVolunteer) : []),
    byId: async (id) => {
      const row = byId.get(id);
      return row ? toVolunteer(row) : null;
    },
    put: async (v, audit) => put(v, audit),
    inRegion: async (prefix, afterId, limit, nameLike) =>
      limit > 0 ? inRegion.all(regionPage(prefix, afterId, limit, nameLike)).map(toVolunteer) : [],
  };
}
