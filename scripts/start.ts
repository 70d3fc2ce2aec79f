/**
 * `npm start`: build the H5 app if stale, create and seed the SQLite database if absent, serve on PORT (8080).
 * DEMO=0 or NODE_ENV=production is production mode: no demo identities, keys required (SESSION_SECRET,
 * VISITOR_SALT, DATA_KEY or the key file), and a new database gets the network only (regions, posts, service
 * points) without people or activity. DB_PATH moves the database (default .data/pioneer.db); SEED_SCANS sets how
 * many scans the demo's generated year of use holds when the database is created (default 1,000,000; 0 for none).
 * PUBLIC_URL and TRUST_PROXY: see README, "Settings".
 */
import { resolve } from 'node:path';
import { startLocal } from '~/cloudfunctions/local/main';
import { ensureH5 } from './lib/builds';
import { prepareDatabase } from './lib/prepare-db';
import { demoMode } from './lib/mode';

async function main(): Promise<void> {
  const root = resolve(__dirname, '..');
  const dbPath = resolve(root, process.env.DB_PATH ?? '.data/pioneer.db');
  const demo = demoMode();
  const scans = Number(process.env.SEED_SCANS ?? 1_000_000);
  if (!Number.isInteger(scans) || scans < 0)
    throw new Error(`SEED_SCANS must be a whole number, not ${process.env.SEED_SCANS}`);
  // The database (and a production start's key check) before the H5 build, so a refusal comes at once.
  // A person trying the demo finds work waiting in each worker's inbox (scripts/seed/activity.ts).
  const seeded = await prepareDatabase(dbPath, { demo, scans, demoInbox: true });
  if (seeded) console.log(seeded);
  ensureH5();
  const app = await startLocal({
    dbPath,
    port: Number(process.env.PORT ?? 8080),
    demo,
    staticDir: resolve(root, 'dist/h5'),
  });
  const lines = [
    '',
    `先锋岗 Pioneer Post is running at ${app.url}`,
    `  health:       ${app.url}/healthz`,
    ...(app.samplePosts[0] ? [`  sample scan:  ${app.samplePosts[0].scanUrl}  (${app.samplePosts[0].name})`] : []),
  ];
  if (demo) {
    lines.push('  demo mode:    on (DEMO=0 to turn off); identities (POST /dev/login {"openid"}):');
    for (const i of app.identities) lines.push(`    ${i.openid.padEnd(20)} ${i.role.padEnd(10)} ${i.label}`);
  } else {
    lines.push('  demo mode:    off');
  }
  console.log(lines.join('\n') + '\n');

  const stop = (signal: string) => {
    console.log(`\n${signal}: shutting down…`);
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  // A refusal to start (another mode's database, missing or weak keys, a disk that cannot be written) says what to do
  // in its message, which opens with a Chinese lead; anything else is a fault, printed with its stack.
  const refusal = err instanceof Error && /^[\u4e00-\u9fff]/.test(err.message);
  console.error(refusal ? err.message : err);
  process.exit(1);
});
