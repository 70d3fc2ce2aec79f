/**
 * Which mode a database belongs to, remembered in it (`meta` row `db.mode`): `production` once a production start
 * or seed has made or served it, `demo` when a demo seed made it. Demo mode hands a demo admin's session to anyone
 * who asks (/dev/login) and runs the timer weeks ahead (/dev/cron): a demo start refuses a production database. A
 * production start refuses a demo database: its invented people would answer residents, and its demo admins would
 * keep the first admin from being bound. A database made before the mark existed is judged by its people: one
 * holding a `demo-` user is a demo run's; one holding only other people, or any resident's request, audit entry or
 * outbox message (activity the network alone never has), is a production one (and gets the mark at its next
 * production start); one holding nobody and no activity (the network alone) may be started either way.
 */
import type { SqliteStore } from '../store/sqlite';

/** The `meta` key of the mark. */
export const DB_MODE_KEY = 'db.mode';

/** The two modes a database may belong to. */
export type DbMode = 'demo' | 'production';

/** Whether any user of the database is a demo identity (openid `demo-…`; a real one never starts so). */
export function holdsDemoPeople(store: SqliteStore): boolean {
  // A range on the key, not LIKE: LIKE ignores case, and `-` sorts just before `.`.
  return (
    store.db.prepare(`SELECT 1 FROM users WHERE openid >= 'demo-' AND openid < 'demo.' LIMIT 1`).get() !== undefined
  );
}

/** Tables whose rows only people make: any row in an unmarked database without demo people marks it production. */
const ACTIVITY_TABLES = ['users', 'requests', 'audit_log', 'outbox'] as const;

/** The mode the database belongs to: its mark, else what its people and activity say, else null (either mode). */
export async function databaseMode(store: SqliteStore): Promise<DbMode | null> {
  const mark = await store.meta.get(DB_MODE_KEY);
  if (mark === 'demo' || mark === 'production') return mark;
  if (holdsDemoPeople(store)) return 'demo';
  const any = (table: string) => store.db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() !== undefined;
  return ACTIVITY_TABLES.some(any) ? 'production' : null;
}

/** Why a production start refuses a demo run's database, and what to do instead. */
export function demoDatabaseError(dbPath: string): Error {
  return new Error(
    `生产模式不能使用演示数据库 (production mode refuses a database made in demo mode: it is marked demo or holds ` +
      `demo people, and their admins would keep the first admin from being bound): ${dbPath}. Start production with ` +
      `a new DB_PATH (it gets the network only), or remove this file and start again.`,
  );
}

/** Why a demo start refuses a production database, and what to do instead. */
export function productionDatabaseError(dbPath: string): Error {
  return new Error(
    `演示模式不能使用生产数据库 (demo mode refuses a database made or served in production mode: anyone could sign ` +
      `in as a demo identity and run the timer ahead on its real data): ${dbPath}. Start it in production mode ` +
      `(DEMO=0, with its keys); for the demo, give it a DB_PATH of its own.`,
  );
}

/** Throws when the database belongs to the other mode than `demo` says (see the header). */
export async function refuseOtherMode(store: SqliteStore, dbPath: string, demo: boolean): Promise<void> {
  if (demo) {
    if ((await databaseMode(store)) === 'production') throw productionDatabaseError(dbPath);
    return;
  }
  // Demo people in a database marked production are refused too: no demo identity may act on real data.
  if ((await store.meta.get(DB_MODE_KEY)) === 'demo' || holdsDemoPeople(store)) throw demoDatabaseError(dbPath);
}

/**
 * Marks an unmarked database with the mode that now serves it: production always (an older production database
 * gets its mark here); demo only when it holds the demo people, so a database of the network alone, started once in
 * demo mode, may still become a production one.
 */
export async function markMode(store: SqliteStore, demo: boolean): Promise<void> {
  if ((await store.meta.get(DB_MODE_KEY)) !== null) return;
  if (!demo) await store.meta.set(DB_MODE_KEY, 'production');
  else if (holdsDemoPeople(store)) await store.meta.set(DB_MODE_KEY, 'demo');
}
