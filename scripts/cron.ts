/**
 * `npm run cron [-- --db path] [-- --hours-later N]`: runs the promise timer (答复承诺计时) once against the local
 * database, as the `cron` cloud function's trigger does every 10 minutes in production: reminds volunteers whose
 * answer promise runs out soon and hands overdue questions over to the township's judicial office. Prints what it
 * did. `--hours-later` runs it as if that many hours had passed (for a demo).
 */
import { existsSync } from 'node:fs';
import { NO_PUSH } from '~/cloudfunctions/domain/context';
import { runTick } from '~/cloudfunctions/domain/cron/tick';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';

function parseArgs(argv: string[]): { db: string; hoursLater: number } {
  let db = process.env.DB_PATH || '.data/pioneer.db';
  let hoursLater = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db' && argv[i + 1]) db = argv[++i];
    else if (arg === '--hours-later' && argv[i + 1]) hoursLater = Number(argv[++i]);
    else throw new Error(`unknown argument: ${arg} (usage: tsx scripts/cron.ts [--db path] [--hours-later N])`);
  }
  if (!Number.isFinite(hoursLater) || hoursLater < 0) throw new Error('--hours-later must be a number ≥ 0');
  return { db, hoursLater };
}

async function main(): Promise<number> {
  const { db, hoursLater } = parseArgs(process.argv.slice(2));
  if (!existsSync(db)) {
    console.error(`cron: ${db} does not exist; run \`npm run seed\` or \`npm start\` first.`);
    return 1;
  }
  const store = openSqliteStore(db);
  try {
    const report = await runTick({ store, now: Date.now() + hoursLater * 3_600_000, pusher: NO_PUSH });
    console.log(`cron: ${JSON.stringify(report)}`);
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
