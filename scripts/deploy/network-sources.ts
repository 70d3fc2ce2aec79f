/**
 * Where a network export comes from: a local SQLite database (what `npm start`, the seed and the admin pages
 * wrote) or the demo generator. Demo identities (演示身份) are left out unless asked for: in production they would
 * be admins and workers anybody could claim on a demo build.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import {
  toPost,
  toRegion,
  toService,
  toUser,
  toVolunteer,
  VOLUNTEER_WITH_POSTS,
  type PostDbRow,
  type RegionDbRow,
  type ServiceDbRow,
  type UserDbRow,
  type VolunteerDbRow,
} from '~/cloudfunctions/store/sqlite/mappers';
import { generateDataset } from '../seed/index';
import { DEMO_IDENTITIES } from '../seed/users';
import { EXPORTED_SETTINGS, type NetworkExport } from './network-files';

/** The network stored in a SQLite database file (opened read-only). */
export function networkFromSqlite(file: string): NetworkExport {
  if (!existsSync(file)) throw new Error(`export: ${file} does not exist`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const all = <T>(sql: string) => db.prepare(sql).all() as T[];
    const settings: Record<string, string> = {};
    const meta = db.prepare('SELECT value FROM meta WHERE key = ?');
    for (const key of EXPORTED_SETTINGS) {
      const row = meta.get(key) as { value: string } | undefined;
      if (row) settings[key] = row.value;
    }
    return {
      regions: all<RegionDbRow>('SELECT * FROM regions ORDER BY code').map(toRegion),
      posts: all<PostDbRow>('SELECT * FROM posts ORDER BY id').map(toPost),
      services: all<ServiceDbRow>('SELECT * FROM services ORDER BY id').map(toService),
      volunteers: all<VolunteerDbRow>(`${VOLUNTEER_WITH_POSTS} ORDER BY v.id`).map(toVolunteer),
      users: all<UserDbRow>('SELECT * FROM users ORDER BY openid').map(toUser),
      settings,
    };
  } finally {
    db.close();
  }
}

/** The demo network (演示数据) of the seed generator, without settings. */
export function networkFromDemo(): NetworkExport {
  return { ...generateDataset(), settings: {} };
}

/** The export without the demo identities' user bindings. */
export function withoutDemoUsers(data: NetworkExport): NetworkExport {
  const demo = new Set(DEMO_IDENTITIES.map((d) => d.openid));
  return { ...data, users: data.users.filter((u) => !demo.has(u.openid)) };
}
