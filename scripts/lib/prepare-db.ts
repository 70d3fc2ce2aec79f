/**
 * `npm start`'s database step: a production start refuses before making anything when keys are missing, or when the
 * database a demo run made is named; a new production database gets the network only (regions, posts, the offices
 * among the service points; no people, no activity); a new demo database gets the whole demo dataset with `scans`
 * generated scans.
 */
import { existsSync } from 'node:fs';
import { demoDatabaseError, holdsDemoPeople } from '~/cloudfunctions/local/demo';
import { keyFilePath, missingKeys, missingKeysError, type Env } from '~/cloudfunctions/local/secrets';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { generateDataset, networkOnly, seedDatabase } from '../seed/index';

/** How `prepareDatabase` makes a database that is absent. */
export interface PrepareOptions {
  /** Demo (the whole dataset, demo people included) or production (the network only). */
  demo: boolean;
  /** Generated scans in a demo database (0 for none). */
  scans?: number;
  /** Where the keys are read from (production). */
  env?: Env;
  /** End the demo's year with work waiting in each demo worker's inbox (`npm start`, `npm run seed`). */
  demoInbox?: boolean;
}

/** Throws when the database at `dbPath` was made by a demo run (local/demo.ts holdsDemoPeople). */
async function refuseDemoDatabase(dbPath: string): Promise<void> {
  const store = openSqliteStore(dbPath);
  try {
    if (await holdsDemoPeople(store)) throw demoDatabaseError(dbPath);
  } finally {
    await store.close();
  }
}

/** Checks keys (production) and creates the database if absent; returns the line to print, or null. */
export async function prepareDatabase(
  dbPath: string,
  { demo, scans = 0, env = process.env, demoInbox = false }: PrepareOptions,
): Promise<string | null> {
  const exists = existsSync(dbPath);
  if (!demo && !exists) {
    // An existing database is checked when it opens (secrets.ts), where keys may still sit in its meta table.
    const missing = missingKeys(dbPath, env);
    if (missing.length) throw missingKeysError(missing, keyFilePath(dbPath, env));
  }
  if (exists) {
    // A demo run's database is refused in production before anything else happens (and checked again at start).
    if (!demo) await refuseDemoDatabase(dbPath);
    return null;
  }
  if (!demo) {
    const seeded = await seedDatabase(dbPath, { dataset: networkOnly(generateDataset()) });
    return `已创建生产数据库 (production database: network only, no people): ${seeded.posts} posts → ${dbPath}`;
  }
  if (scans > 0) console.log(`正在生成演示数据：${scans} 次扫码（近一年）… (generating a year of demo scans)`);
  const seeded = await seedDatabase(dbPath, { scans, demoInbox });
  return (
    `已创建演示数据库 (demo database): ${seeded.posts} posts, ${seeded.scans} scans, ${seeded.requests} requests ` +
    `in ${seeded.ms} ms → ${dbPath}`
  );
}
