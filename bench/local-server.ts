/**
 * The local runtime without the H5 build, for benchmarks and the fault tests that run it as a child process (and
 * kill it): the same database preparation and server as `npm start`, serving the API only, so nothing is built.
 * Environment: DB_PATH (required), PORT (0 = any), DEMO (scripts/lib/mode.ts), SEED_SCANS (demo: default 0), plus the
 * runtime's own settings (keys, PUBLIC_URL, TRUST_PROXY). Prints `running at http://localhost:<port> (clock <ms>)` when
 * ready: the clock is the process's own (performance.now), which V8's GC trace lines also count from (bench/scan.ts --gc).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocal } from '~/cloudfunctions/local/main';
import { prepareDatabase } from '~/scripts/lib/prepare-db';
import { demoMode } from '~/scripts/lib/mode';

async function main(): Promise<void> {
  const dbPath = process.env.DB_PATH;
  if (!dbPath) throw new Error('DB_PATH is required');
  const demo = demoMode();
  const seeded = await prepareDatabase(dbPath, { demo, scans: Number(process.env.SEED_SCANS ?? 0) });
  if (seeded) console.log(seeded);
  const app = await startLocal({
    dbPath,
    port: Number(process.env.PORT ?? 0),
    host: '127.0.0.1',
    demo,
    // An empty folder: no static files, so no build is needed.
    staticDir: mkdtempSync(join(tmpdir(), 'pp-nostatic-')),
  });
  console.log(`running at ${app.url} (clock ${performance.now().toFixed(0)})`);
  process.once('SIGTERM', () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
