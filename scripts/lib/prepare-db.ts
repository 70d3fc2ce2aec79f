/**
 * `npm start`'s database step: a production start refuses before making anything when keys are missing or weak, or
 * when the database a demo run made is named, and a demo start when a production database is named
 * (local/db-mode.ts); a new production database gets the network only (regions, posts, the offices among the
 * service points; no people, no activity); a new demo database gets the whole demo dataset with `scans` generated
 * scans. Each new database is marked with its mode.
 */
import { existsSync } from 'node:fs';
import { refuseOtherMode } from '~/cloudfunctions/local/db-mode';
import {
  keyFilePath,
  missingKeys,
  missingKeysError,
  weakKeys,
  weakKeysError,
  type Env,
} from '~/cloudfunctions/local/secrets';
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

/** Throws when the database at `dbPath` belongs to the other mode (local/db-mode.ts). */
async function refuseOtherModeAt(dbPath: string, demo: boolean): Promise<void> {
  const store = openSqliteStore(dbPath);
  try {
    await refuseOtherMode(store, dbPath, demo);
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
    const weak = weakKeys(dbPath, env);
    if (weak.length) throw weakKeysError(weak);
  }
  if (exists) {
    // The other mode's database is refused before anything else happens (and checked again at start).
    await refuseOtherModeAt(dbPath, demo);
    return null;
  }
  if (!demo) {
    const seeded = await seedDatabase(dbPath, { dataset: networkOnly(generateDataset()), mode: 'production' });
    return `已创建生产数据库 (production database: network only, no people): ${seeded.posts} posts → ${dbPath}`;
  }
  if (scans > 0) console.log(`正在生成演示数据：${scans} 次扫码（近一年）… (generating a year of demo scans)`);
  const seeded = await seedDatabase(dbPath, { scans, demoInbox, mode: 'demo' });
  return (
    `已创建演示数据库 (demo database): ${seeded.posts} posts, ${seeded.scans} scans, ${seeded.requests} requests ` +
    `in ${seeded.ms} ms → ${dbPath}`
  );
}
