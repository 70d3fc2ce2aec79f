/**
 * A database remembers the mode that made or served it (local/db-mode.ts): `npm start` without DEMO=0 on a
 * production database is refused, saying so and to start with DEMO=0, before a demo session or the timer's
 * /dev/cron could touch real data; an older production database gets its mark at its next production start; a
 * production start refuses a database marked demo or holding any demo identity, not only the demo's city admin.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DB_MODE_KEY } from '~/cloudfunctions/local/db-mode';
import { startLocal, type Running } from '~/cloudfunctions/local/main';
import type { Env } from '~/cloudfunctions/local/secrets';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { prepareDatabase } from '~/scripts/lib/prepare-db';
import { generateDataset, networkOnly, seedDatabase } from '~/scripts/seed/index';
import { userRow } from '../support/rows';

jest.setTimeout(120_000);

const root = resolve(__dirname, '../..');
const KEYS = {
  SESSION_SECRET: 'a'.repeat(64),
  VISITOR_SALT: 'b'.repeat(64),
  DATA_KEY: Buffer.alloc(32, 9).toString('base64'),
};
const h5 = mkdtempSync(join(tmpdir(), 'pp-h5-'));
writeFileSync(join(h5, 'index.html'), '<!doctype html><title>先锋岗</title>');

const freshPath = () => join(mkdtempSync(join(tmpdir(), 'pp-mode-')), 'pp.db');
const start = (db: string, demo: boolean, env: Env = {}): Promise<Running> =>
  startLocal({ dbPath: db, port: 0, host: '127.0.0.1', demo, staticDir: h5, env });

async function mark(db: string): Promise<string | null> {
  const store = openSqliteStore(db);
  try {
    return await store.meta.get(DB_MODE_KEY);
  } finally {
    await store.close();
  }
}

/**
 * `npm start`'s entry on `db` with `env` over a clean environment (no keys, no DEMO, no NODE_ENV). Node itself with
 * tsx as a loader (no grandchild), so a start that was not refused is killed by the timeout.
 */
function npmStart(db: string, env: Record<string, string>) {
  const clean: Env = { ...process.env, DB_PATH: db, PORT: '0', SEED_SCANS: '0', ...env };
  for (const k of [...Object.keys(KEYS), 'KEY_FILE', 'DEMO', 'NODE_ENV']) if (!(k in env)) delete clean[k];
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: clean as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 30_000,
    killSignal: 'SIGKILL',
  });
}

/** The message of a start that must be refused; one that was not is closed again and fails the test. */
async function refusal(started: Promise<Running>): Promise<string> {
  let app: Running;
  try {
    app = await started;
  } catch (err) {
    return (err as Error).message;
  }
  await app.close();
  throw new Error('the start was not refused');
}

test('npm start without DEMO=0 on a production database refuses, says why and to use DEMO=0; production serves it', async () => {
  const db = freshPath();
  await prepareDatabase(db, { demo: false, env: KEYS });
  const run = npmStart(db, KEYS);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/演示模式不能使用生产数据库 .*DEMO=0/);
  // The operator reads the refusal, not a stack trace.
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stdout).not.toContain('demo mode:    on');
  // The start itself refuses too (a caller that skips npm start's preparation), and writes no key file beside it.
  expect(await refusal(start(db, true))).toMatch(/演示模式不能使用生产数据库/);
  expect(existsSync(join(db, '..', 'keys.json'))).toBe(false);
  const app = await start(db, false, KEYS);
  try {
    const login = await fetch(`${app.url.replace('localhost', '127.0.0.1')}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"openid":"demo-admin"}',
    });
    expect(login.status).toBe(404);
  } finally {
    await app.close();
  }
  expect(await mark(db)).toBe('production');
});

test('a production database made before the mark gets it at its next production start, and demo is refused', async () => {
  const db = freshPath();
  // As a production start made it before this change: the network, no mark.
  await seedDatabase(db, { dataset: networkOnly(generateDataset()) });
  expect(await mark(db)).toBeNull();
  const app = await start(db, false, KEYS);
  await app.close();
  expect(await mark(db)).toBe('production');
  expect(await refusal(start(db, true))).toMatch(/演示模式不能使用生产数据库 .*DEMO=0/);
});

test('an unmarked database holding real people (an older production one) is refused in demo mode', async () => {
  const db = freshPath();
  await seedDatabase(db, { dataset: networkOnly(generateDataset()) });
  const store = openSqliteStore(db);
  await store.users.put(userRow('anon-4b1f0c8e-real-city-admin', 'admin', '220800'));
  await store.close();
  expect(await refusal(start(db, true))).toMatch(/演示模式不能使用生产数据库/);
  expect(await mark(db)).toBeNull();
});

test('production refuses a database marked demo, or holding any demo identity (not only the demo admin)', async () => {
  const marked = freshPath();
  await seedDatabase(marked, { dataset: networkOnly(generateDataset()), mode: 'demo' });
  expect(await refusal(start(marked, false, KEYS))).toMatch(/生产模式不能使用演示数据库/);

  const demoWorker = freshPath();
  await seedDatabase(demoWorker, { dataset: networkOnly(generateDataset()) });
  const store = openSqliteStore(demoWorker);
  await store.users.put(userRow('demo-staff', 'staff', '220802001'));
  await store.close();
  expect(await refusal(start(demoWorker, false, KEYS))).toMatch(/生产模式不能使用演示数据库/);
  await expect(prepareDatabase(demoWorker, { demo: false, env: KEYS })).rejects.toThrow(/生产模式不能使用演示数据库/);
  // Neither refusal marked it production.
  expect(await mark(demoWorker)).toBeNull();
});

test('a demo database is marked demo when made, and demo mode still serves it', async () => {
  const db = freshPath();
  await prepareDatabase(db, { demo: true, env: {} });
  expect(await mark(db)).toBe('demo');
  const app = await start(db, true);
  try {
    expect(app.identities.map((i) => i.openid)).toContain('demo-admin');
  } finally {
    await app.close();
  }
});
