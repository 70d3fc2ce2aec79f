/**
 * `npm run reopen-bootstrap`: on the local runtime a session is the account, so once the last city admin logs out
 * the city can never get an admin again (bootstrap is closed while any admin is bound, nobody can revoke them). The
 * operator's command, run on the server with the server stopped, removes the admin bindings on the record (audit
 * log: 服务器运维) and ends their sessions; then ADMIN_BOOTSTRAP_SECRET binds a new first admin. End to end over a
 * production database on disk, the command run as an operator types it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AUDIT_ACTIONS } from '~/types/audit';
import { startLocal, type Running } from '~/cloudfunctions/local/main';
import { newKeys } from '~/cloudfunctions/local/secrets';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { prepareDatabase } from '~/scripts/lib/prepare-db';
import { reopenBootstrap } from '~/scripts/reopen-bootstrap';
import { Client } from '../support/local-harness';
import { userRow } from '../support/rows';
import { expectRefused } from './admin-posts-fixture';

jest.setTimeout(60_000);

const root = resolve(__dirname, '../..');
const SECRET = 'baicheng-first-admin-2026';
const k = newKeys();
const KEYS = { SESSION_SECRET: k.sessionSecret, VISITOR_SALT: k.visitorSalt, DATA_KEY: k.dataKey.toString('base64') };
const h5 = mkdtempSync(join(tmpdir(), 'pp-h5-'));
writeFileSync(join(h5, 'index.html'), '<!doctype html><title>先锋岗</title>');
const saved = process.env.ADMIN_BOOTSTRAP_SECRET;

// The local server reads the first-admin secret from the environment, as `npm start` does.
beforeAll(() => (process.env.ADMIN_BOOTSTRAP_SECRET = SECRET));
afterAll(() => {
  if (saved === undefined) delete process.env.ADMIN_BOOTSTRAP_SECRET;
  else process.env.ADMIN_BOOTSTRAP_SECRET = saved;
});

const freshDb = async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'pp-reopen-')), 'pp.db');
  await prepareDatabase(db, { demo: false, env: KEYS });
  return db;
};
const start = (db: string): Promise<Running> =>
  startLocal({ dbPath: db, port: 0, host: '127.0.0.1', demo: false, staticDir: h5, env: KEYS });
const base = (app: Running) => app.url.replace('localhost', '127.0.0.1');
const bootstrap = (c: Client, name: string) => c.call('admin', { action: 'bootstrap', secret: SECRET, name });

/** `npm run reopen-bootstrap -- --db <db> ...args`. */
const reopen = (db: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/reopen-bootstrap.ts', '--db', db, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
  });

test('the last city admin logged out: the command reopens bootstrap, a new admin binds, the log names the removal', async () => {
  const db = await freshDb();
  let app = await start(db);
  const first = new Client(base(app));
  expect((await bootstrap(first, '王局长')).json.ok).toBe(true);
  expect((await first.call('admin', { action: 'settings' })).status).toBe(200);
  const out = await fetch(`${base(app)}/auth/logout`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: first.cookieHeader() },
    body: '{}',
  });
  expect(out.status).toBe(200);
  // Nobody is that admin any more, and the secret binds no one while the binding stands.
  expect((await first.call('admin', { action: 'settings' })).status).not.toBe(200);
  expectRefused(await bootstrap(new Client(base(app)), '李局长'), 403, 'BOOTSTRAP_REFUSED');

  // Refused while the server holds the database (this test's process), changing nothing.
  const whileServing = reopen(db);
  expect(whileServing.status).toBe(1);
  expect(whileServing.stderr).toContain(`is served by process ${process.pid}): stop the server before reopening`);
  await app.close();

  const run = reopen(db);
  expect([run.status, run.stderr]).toEqual([0, '']);
  expect(run.stdout).toMatch(/已解除 1 位管理员 .*王局长 \(220800\).*ADMIN_BOOTSTRAP_SECRET/s);

  app = await start(db);
  try {
    const second = new Client(base(app));
    expect((await bootstrap(second, '李局长')).json).toMatchObject({ ok: true, data: { role: 'admin' } });
    const log = await second.call('admin', { action: 'auditLog' });
    expect(log.status).toBe(200);
    const entries = log.json.data.entries as { action: string; actorName: string; actorRole: string; detail: string }[];
    expect(entries.map((e) => e.action)).toEqual([
      AUDIT_ACTIONS['admin.bootstrap'].label,
      AUDIT_ACTIONS['admin.reopen'].label,
      AUDIT_ACTIONS['admin.bootstrap'].label,
    ]);
    expect(entries[1]).toMatchObject({ actorName: '服务器运维', actorRole: '服务器运维' });
    expect(entries[1].detail).toContain('王局长');
  } finally {
    await app.close();
  }
});

test('with county or township admins left it changes nothing unless --all, which removes every admin binding', async () => {
  const db = await freshDb();
  const store = openSqliteStore(db);
  await store.users.put(userRow('anon-city', 'admin', '220800', { label: '王局长' }));
  await store.users.put(userRow('anon-county', 'admin', '220802', { label: '赵科长' }));
  await store.close();

  const refused = reopen(db);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/未做任何更改 .*1 county or township admin\(s\) are: 赵科长 \(220802\).*--all/s);
  await expect(reopenBootstrap(db)).rejects.toThrow(/nothing changed/);

  const done = await reopenBootstrap(db, { all: true });
  expect(done.removed.map((u) => u.openid).sort()).toEqual(['anon-city', 'anon-county']);
  const after = openSqliteStore(db);
  try {
    expect(await after.users.countByRole('admin')).toBe(0);
    const entries = await after.audit.page({ kinds: null, fromMs: 0, toMs: Date.now() + 1, before: null, limit: 10 });
    expect(entries.map((e) => [e.action, e.actor, e.requestId]).sort()).toEqual([
      ['admin.reopen', 'operator', 'admin:anon-city'],
      ['admin.reopen', 'operator', 'admin:anon-county'],
    ]);
  } finally {
    await after.close();
  }
  // Nothing left to remove: said so, and bootstrap is open.
  expect(reopen(db).stdout).toContain('首位管理员绑定已开放');
});
