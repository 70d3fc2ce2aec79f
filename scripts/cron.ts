/**
 * `npm run cron [-- --db path] [-- --hours-later N]`: runs the promise timer (答复承诺计时) once against the local
 * database, as the `cron` cloud function's trigger does every 10 minutes in production: reminds volunteers whose
 * answer promise runs out soon and hands overdue questions over to the township's judicial office. Prints what it
 * did. It may run beside a server on the same file (each write waits for the other's, README: busy timeout), as the
 * server's own timer does. `--hours-later` (at most 720, as /dev/cron) runs it as if that many hours had passed, for
 * a demo only: refused unless demo mode (scripts/lib/mode.ts) and a database not marked production
 * (local/db-mode.ts), since on real data it would hand questions over and expire claims early, for good.
 */
import { existsSync } from 'node:fs';
import { NO_PUSH } from '~/cloudfunctions/domain/context';
import { runTick } from '~/cloudfunctions/domain/cron/tick';
import { databaseMode } from '~/cloudfunctions/local/db-mode';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { demoMode } from './lib/mode';

/** The furthest a demo may run the timer ahead, as POST /dev/cron (local/timer.ts). */
export const MAX_HOURS_LATER = 24 * 30;
const HOUR_MS = 3_600_000;

type Env = Record<string, string | undefined>;

/** Where the command writes: its report, and why it refused. */
export interface CronOutput {
  log(line: string): void;
  error(line: string): void;
}

function parseArgs(argv: string[], env: Env): { db: string; hoursLater: number } {
  let db = env.DB_PATH || '.data/pioneer.db';
  let hoursLater = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db' && argv[i + 1]) db = argv[++i];
    else if (arg === '--hours-later' && argv[i + 1]) hoursLater = Number(argv[++i]);
    else throw new Error(`unknown argument: ${arg} (usage: tsx scripts/cron.ts [--db path] [--hours-later N])`);
  }
  if (!Number.isFinite(hoursLater) || hoursLater < 0 || hoursLater > MAX_HOURS_LATER) {
    throw new Error(
      `--hours-later 应为 0 到 ${MAX_HOURS_LATER} 之间的数字 (a number of hours, 0 to ${MAX_HOURS_LATER})`,
    );
  }
  return { db, hoursLater };
}

/** Runs the command on `argv` (what follows `scripts/cron.ts`); resolves with its exit code. */
export async function runCron(argv: string[], env: Env = process.env, out: CronOutput = console): Promise<number> {
  const { db, hoursLater } = parseArgs(argv, env);
  if (hoursLater > 0 && !demoMode(env)) {
    out.error(
      'cron: 生产模式不能提前运行计时 (--hours-later is for a demo only: in production mode it would hand real ' +
        'questions over early). Drop --hours-later, or run a demo database with DEMO=1.',
    );
    return 1;
  }
  if (!existsSync(db)) {
    out.error(`cron: ${db} does not exist; run \`npm run seed\` or \`npm start\` first.`);
    return 1;
  }
  const store = openSqliteStore(db);
  try {
    if (hoursLater > 0 && (await databaseMode(store)) === 'production') {
      out.error(
        `cron: 不能在生产数据库上提前运行计时 (${db} is a production database: --hours-later would hand its ` +
          'questions over early). Drop --hours-later; for the demo, give it a DB_PATH of its own.',
      );
      return 1;
    }
    const report = await runTick({ store, now: Date.now() + hoursLater * HOUR_MS, pusher: NO_PUSH });
    out.log(`cron: ${JSON.stringify(report)}`);
    return 0;
  } finally {
    await store.close();
  }
}

// tsx runs this package as CommonJS, so `require.main` tells the command line from an import.
if (require.main === module) {
  runCron(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}
