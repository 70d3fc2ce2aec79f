/**
 * `npm run seed -- --force` deletes and re-creates the database: it is refused while a server holds the file
 * (`<db>.lock`, naming the process), and in demo mode over a production database (it would turn real data into the
 * demo's), saying to use DEMO=0 to re-create it as production or to remove the file by hand. Each run is the command
 * itself, as an operator types it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Env } from '~/cloudfunctions/local/secrets';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { userRow } from '../support/rows';

jest.setTimeout(180_000);

const root = resolve(__dirname, '../..');

/** `npm run seed -- --db <db> ...args` with DEMO as given (unset: demo), NODE_ENV unset. */
function seed(db: string, demo: string | null, ...args: string[]) {
  const env: Env = { ...process.env };
  delete env.NODE_ENV;
  delete env.DB_PATH;
  if (demo === null) delete env.DEMO;
  else env.DEMO = demo;
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--db', db, ...args], {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

/** The database's people and its mark. */
async function contents(db: string): Promise<{ users: string[]; mode: string | null }> {
  const store = openSqliteStore(db);
  try {
    const users = store.db.prepare('SELECT openid FROM users ORDER BY openid').pluck().all() as string[];
    return { users, mode: await store.meta.get('db.mode') };
  } finally {
    await store.close();
  }
}

test('seed --force in demo mode over a production database is refused; DEMO=0 re-creates it as production', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'pp-seed-')), 'pp.db');
  const made = seed(db, '0');
  expect([made.status, made.stdout]).toEqual([0, expect.stringContaining('production: network only')]);
  // An admin bound since: real data the demo must not replace.
  const store = openSqliteStore(db);
  await store.users.put(userRow('anon-0d9c-city-admin', 'admin', '220800'));
  await store.close();

  const refused = seed(db, null, '--force');
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(
    /拒绝用演示数据覆盖生产数据库 .*is a production database.*DEMO=0.*remove the file by hand/s,
  );
  expect(await contents(db)).toEqual({ users: ['anon-0d9c-city-admin'], mode: 'production' });

  const again = seed(db, '0', '--force');
  expect(again.status).toBe(0);
  expect(await contents(db)).toEqual({ users: [], mode: 'production' });
});

test('seed is refused while a server holds the database, naming its process; the file is left as it was', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'pp-seed-')), 'pp.db');
  expect(seed(db, null).status).toBe(0);
  const before = await contents(db);
  expect(before.users).toContain('demo-admin');
  // A server's lock: the pid of a live process.
  const server = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  try {
    writeFileSync(`${db}.lock`, `${server.pid}\n`);
    for (const mode of [null, '0']) {
      const run = seed(db, mode, '--force');
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`is served by process ${server.pid}): stop the server before seeding its database`);
    }
    expect(await contents(db)).toEqual(before);
    expect(existsSync(`${db}.lock`)).toBe(true);
  } finally {
    server.kill();
  }
  // Once the server is gone its lock is stale, and seeding works again.
  await new Promise((r) => server.once('exit', r));
  expect(seed(db, '0', '--force').status).toBe(0);
  expect(existsSync(`${db}.lock`)).toBe(false);
});
