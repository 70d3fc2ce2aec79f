/**
 * `npm run seed [-- --db path] [-- --force]`: writes the demo dataset (演示数据) of the Baicheng network into a
 * fresh SQLite file (default: $DB_PATH or .data/pioneer.db), marked with its mode (local/db-mode.ts). Refuses to
 * touch an existing file unless --force, which deletes it (and its -wal/-shm) first; refused while a server holds
 * the file (`<db>.lock`, local/db-lock.ts: seed takes the lock itself), and in demo mode over a production database
 * (it would turn real data into the demo's). In production mode (DEMO=0 or NODE_ENV=production) it writes the
 * network only (regions, posts, service points), never demo people or activity. Importing this file
 * (`scripts/seed` resolves here before scripts/seed/index.ts) only re-exports the generator; the command runs when
 * the file is the entry point.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { holdLock } from '~/cloudfunctions/local/db-lock';
import { databaseMode } from '~/cloudfunctions/local/db-mode';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { generateDataset, networkOnly, seedDatabase } from './seed/index';
import { demoMode } from './lib/mode';

export { generateDataset, seedDatabase, SEED_CREATED_AT } from './seed/index';
export { DEMO_IDENTITIES, type DemoIdentity } from './seed/users';

interface Options {
  db: string;
  force: boolean;
  scans: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { db: process.env.DB_PATH || '.data/pioneer.db', force: false, scans: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--force') options.force = true;
    else if (arg === '--db' && argv[i + 1]) options.db = argv[++i];
    else if (arg.startsWith('--db=')) options.db = arg.slice('--db='.length);
    else if (arg === '--scans' && /^\d+$/.test(argv[i + 1] ?? '')) options.scans = Number(argv[++i]);
    else throw new Error(`unknown argument: ${arg} (usage: tsx scripts/seed.ts [--db path] [--force] [--scans N])`);
  }
  return options;
}

/** Whether the database at `db` is a production one (marked so, or holding people other than the demo's). */
async function isProduction(db: string): Promise<boolean> {
  const store = openSqliteStore(db);
  try {
    return (await databaseMode(store)) === 'production';
  } finally {
    await store.close();
  }
}

async function main(): Promise<number> {
  const { db, force, scans } = parseArgs(process.argv.slice(2));
  const production = !demoMode();
  if (production && scans > 0) {
    console.error('seed: production mode (DEMO=0) writes no generated activity; drop --scans.');
    return 1;
  }
  mkdirSync(dirname(db), { recursive: true, mode: 0o700 });
  // Throws, naming the server's process, while one serves the file: deleting it under the server loses its data.
  const release = holdLock(db, 'stop the server before seeding its database');
  try {
    return await seed(db, force, scans, production);
  } finally {
    release();
  }
}

async function seed(db: string, force: boolean, scans: number, production: boolean): Promise<number> {
  if (existsSync(db)) {
    if (!force) {
      console.error(`seed: ${db} already exists; use --force to delete it and seed again.`);
      return 1;
    }
    if (!production && (await isProduction(db))) {
      console.error(
        `seed: 拒绝用演示数据覆盖生产数据库 (${db} is a production database; --force in demo mode would replace it ` +
          'with the demo). To re-create it as production (the network only), run with DEMO=0; to make it a demo ' +
          'database, remove the file by hand first.',
      );
      return 1;
    }
    for (const file of [db, `${db}-wal`, `${db}-shm`]) rmSync(file, { force: true });
  }
  const started = performance.now();
  const dataset = production ? networkOnly(generateDataset()) : generateDataset();
  // The same demo as `npm start` makes: work waiting for each demo worker at the year's end.
  const seeded = await seedDatabase(db, {
    dataset,
    scans,
    demoInbox: !production,
    mode: production ? 'production' : 'demo',
  });
  const ms = Math.round(performance.now() - started);
  const count = (level: string) => dataset.regions.filter((r) => r.level === level).length;
  const retired = dataset.posts.filter((p) => p.status === 'retired').length;
  console.log(
    `seeded ${db} (${production ? 'production: network only, no people' : 'demo data'}): ${count('county')} counties, ${count('township')} townships, ` +
      `${count('village')} villages, ${dataset.posts.length} posts (${retired} retired), ` +
      `${dataset.volunteers.length} volunteers, ${dataset.services.length} service points, ` +
      `${dataset.users.length} users, ${seeded.scans} generated scans and ${seeded.requests} requests in ${ms} ms`,
  );
  return 0;
}

// tsx runs this package as CommonJS, so `require.main` tells the command line from an import.
if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`seed failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
