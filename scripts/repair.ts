/**
 * `npm run repair [-- --db path]`: rebuilds every statistics aggregate (daily counters, visitor days, hours,
 * out-of-circle cells, cumulative totals) from the raw scans, in one unit, and prints what it did and how long it
 * took. For after a crash mid-rollup, a restore from backup, or a doubt about the figures: the dashboard after a
 * repair equals the dashboard before it when nothing was wrong.
 */
import { existsSync } from 'node:fs';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import type { Store } from '~/cloudfunctions/store/port';

/** What a repair did. */
export interface RepairReport {
  /** Raw scans read. */
  scans: number;
  /** Wall time of the rebuild, ms. */
  ms: number;
  rolledAt: number | null;
}

/** Rebuilds the aggregates of `store` at time `at`. */
export async function repair(store: Store, at: number): Promise<RepairReport> {
  const started = performance.now();
  const { scans } = await store.stats.rebuild(at);
  const ms = Math.round(performance.now() - started);
  return { scans, ms, rolledAt: await store.stats.rolledAt() };
}

function parseArgs(argv: string[]): { db: string } {
  let db = process.env.DB_PATH || '.data/pioneer.db';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db' && argv[i + 1]) db = argv[++i];
    else throw new Error(`unknown argument: ${arg} (usage: tsx scripts/repair.ts [--db path])`);
  }
  return { db };
}

async function main(): Promise<number> {
  const { db } = parseArgs(process.argv.slice(2));
  if (!existsSync(db)) {
    console.error(`repair: ${db} does not exist; run \`npm run seed\` or \`npm start\` first.`);
    return 1;
  }
  const store = openSqliteStore(db);
  try {
    console.log(`repair: rebuilding the statistics of ${db} from the raw scans…`);
    const report = await repair(store, Date.now());
    console.log(`repair: read ${report.scans} scans, rebuilt every aggregate in ${report.ms} ms`);
    return 0;
  } finally {
    await store.close();
  }
}

// tsx runs this package as CommonJS, so `require.main` tells the command line from an import.
if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
