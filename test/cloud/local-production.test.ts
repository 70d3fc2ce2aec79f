/**
 * `npm start` in production mode (DEMO=0 or NODE_ENV=production): it refuses to start without keys, naming them,
 * before making a database; a new production database holds the network (regions, posts, service points) and no
 * people, and the running server offers no demo identities.
 */
import type { Env } from '~/cloudfunctions/local/secrets';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startLocal } from '~/cloudfunctions/local/main';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { prepareDatabase } from '~/scripts/lib/prepare-db';

jest.setTimeout(60_000);

const root = resolve(__dirname, '../..');
const KEYS = {
  SESSION_SECRET: 'a'.repeat(64),
  VISITOR_SALT: 'b'.repeat(64),
  DATA_KEY: Buffer.alloc(32, 9).toString('base64'),
};

test.each([{ DEMO: '0' }, { NODE_ENV: 'production' }])(
  'npm start with %j and no keys refuses, making nothing',
  (mode) => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-prod-'));
    const db = join(dir, 'pp.db');
    const env: Env = { ...process.env, ...mode, DB_PATH: db, PORT: '0', SEED_SCANS: '0' };
    for (const k of [...Object.keys(KEYS), 'KEY_FILE', 'DEMO']) if (!(k in mode)) delete env[k];
    const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
      cwd: root,
      env: env as NodeJS.ProcessEnv,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/生产模式缺少密钥.*SESSION_SECRET, VISITOR_SALT, DATA_KEY/);
    expect(run.stderr).toContain(join(dir, 'keys.json'));
    expect(existsSync(db)).toBe(false);
  },
);

test('a new production database holds the network and no people; the server offers no demo identities', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pp-prod-'));
  const db = join(dir, 'pp.db');
  expect(await prepareDatabase(db, { demo: false, scans: 1000, env: KEYS })).toMatch(/network only, no people/);
  const store = openSqliteStore(db);
  const count = (table: string) => store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  expect(count('posts')).toBeGreaterThan(5000);
  expect(count('regions')).toBeGreaterThan(1000);
  expect(count('services')).toBeGreaterThan(100);
  expect([count('users'), count('volunteers'), count('scans'), count('requests')]).toEqual([0, 0, 0, 0]);
  // No invented person either: the demo's personal mediation rooms carry generated mediators' names and mobiles.
  expect(store.db.prepare("SELECT count(*) FROM services WHERE name LIKE '%个人调解室'").pluck().get()).toBe(0);
  expect(store.db.prepare("SELECT count(*) FROM services WHERE kind = 'judicialOffice'").pluck().get()).toBeGreaterThan(
    100,
  );
  await store.close();

  const h5 = mkdtempSync(join(tmpdir(), 'pp-h5-'));
  writeFileSync(join(h5, 'index.html'), '<!doctype html><title>先锋岗</title>');
  const app = await startLocal({ dbPath: db, port: 0, host: '127.0.0.1', demo: false, staticDir: h5, env: KEYS });
  try {
    expect(app.identities).toEqual([]);
    const base = app.url.replace('localhost', '127.0.0.1');
    expect((await fetch(`${base}/dev/demo`)).status).toBe(404);
    const login = await fetch(`${base}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"openid":"demo-admin"}',
    });
    expect(login.status).toBe(404);
    expect(login.headers.get('set-cookie')).toBeNull();
  } finally {
    await app.close();
  }
});

test('a demo database is still seeded with its people in demo mode', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'pp-demo-')), 'pp.db');
  await prepareDatabase(db, { demo: true, env: {} });
  const store = openSqliteStore(db);
  expect(await store.users.countByRole('admin')).toBeGreaterThan(0);
  await store.close();
});

test('npm run seed in production mode writes the network only and refuses generated activity', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'pp-seed-')), 'pp.db');
  const seed = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/seed.ts', '--db', db, ...args], {
      cwd: root,
      env: { ...process.env, DEMO: '0' } as NodeJS.ProcessEnv,
      encoding: 'utf8',
      timeout: 30_000,
    });
  const withScans = seed('--scans', '100');
  expect(withScans.status).toBe(1);
  expect(existsSync(db)).toBe(false);
  const run = seed();
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/production: network only, no people/);
  const store = openSqliteStore(db);
  const count = (table: string) => store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  expect([count('users'), count('volunteers')]).toEqual([0, 0]);
  expect(count('posts')).toBeGreaterThan(5000);
  await store.close();
});

/** Runs test/support/start-refused.ts (the runtime's start in production) on `db` with `env`. */
function startInChild(db: string, env: Record<string, string>) {
  const clean: Env = { ...process.env, DB_PATH: db, ...env };
  for (const k of [...Object.keys(KEYS), 'KEY_FILE', 'DEMO']) if (!(k in env)) delete clean[k];
  return spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'test/support/start-refused.ts'], {
    cwd: root,
    env: clean as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

test('a refused production start on an existing database says why and exits 1 (it exited 0 in silence)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pp-prod-'));
  const db = join(dir, 'pp.db');
  await prepareDatabase(db, { demo: false, env: KEYS });
  const started = startInChild(db, KEYS);
  expect([started.status, started.stderr]).toEqual([0, '']);
  const refused = startInChild(db, {});
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/REFUSED: 生产模式缺少密钥.*SESSION_SECRET, VISITOR_SALT, DATA_KEY/);
});

test('production refuses a database a demo run made: before anything at npm start, and again at the start itself', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'pp-demo-')), 'pp.db');
  await prepareDatabase(db, { demo: true, env: {} });
  await expect(prepareDatabase(db, { demo: false, env: KEYS })).rejects.toThrow(/生产模式不能使用演示数据库/);
  const refused = startInChild(db, KEYS);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/REFUSED: 生产模式不能使用演示数据库 .*Start production with a new DB_PATH/);
  // Demo mode still serves it.
  expect(await prepareDatabase(db, { demo: true, env: {} })).toBeNull();
});
