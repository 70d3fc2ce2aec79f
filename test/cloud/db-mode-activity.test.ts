/**
 * An unmarked database (made before the mode mark) is judged by its activity as well as its people
 * (cloudfunctions/local/db-mode.ts): one holding a resident's request, an audit entry or an outbox message but no
 * user is a production one, so `npm run seed -- --force` in demo mode refuses to delete it. And
 * `npm run reopen-bootstrap`, run only on production, marks an unmarked database production.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DB_MODE_KEY, databaseMode } from '~/cloudfunctions/local/db-mode';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { reopenBootstrap } from '~/scripts/reopen-bootstrap';
import { generateDataset, networkOnly, seedDatabase } from '~/scripts/seed/index';

jest.setTimeout(60_000);

const root = resolve(__dirname, '../..');

/** An unmarked network-only database, as an older production start made it. */
async function unmarked(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'pp-activity-')), 'pp.db');
  await seedDatabase(db, { dataset: networkOnly(generateDataset()) });
  return db;
}

function withRow(db: string, sql: string): void {
  const store = openSqliteStore(db);
  try {
    store.db.prepare(sql).run();
  } finally {
    store.db.close();
  }
}

const REQUEST = `INSERT INTO requests (id, kind, owner, client_id, post_id, village_code, township_code, county_code,
  assignee, status, title, payload, created_at, updated_at, due_at) VALUES ('r1', 'question', 'anon-resident', 'c1',
  'P001', '220802001001', '220802001', '220802', 'post:P001', 'pending', '邻里纠纷', '{}', 1, 1, 2)`;

async function modeOf(db: string) {
  const store = openSqliteStore(db);
  try {
    return { mode: await databaseMode(store), mark: await store.meta.get(DB_MODE_KEY) };
  } finally {
    await store.close();
  }
}

test('a demo seed --force refuses an unmarked database holding a request and no users, and leaves the request', async () => {
  const db = await unmarked();
  expect((await modeOf(db)).mode).toBeNull();
  withRow(db, REQUEST);
  expect((await modeOf(db)).mode).toBe('production');
  const env: NodeJS.ProcessEnv = { ...process.env, DEMO: '1' };
  delete env.NODE_ENV;
  delete env.DB_PATH;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--db', db, '--force'], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/拒绝用演示数据覆盖生产数据库/);
  expect(existsSync(db)).toBe(true);
  const store = openSqliteStore(db);
  expect(store.db.prepare('SELECT count(*) FROM requests').pluck().get()).toBe(1);
  await store.close();
});

test('an audit entry or an outbox message alone marks an unmarked database production too', async () => {
  const audit = await unmarked();
  withRow(
    audit,
    `INSERT INTO audit_log (at, actor, actor_label, action, request_id) VALUES (1, 'anon-staff', '张律师', 'reveal', 'r1')`,
  );
  expect((await modeOf(audit)).mode).toBe('production');
  const outbox = await unmarked();
  withRow(
    outbox,
    `INSERT INTO outbox (id, recipient, at, title, body) VALUES ('m1', 'anon-resident', 1, '答复', '已答复')`,
  );
  expect((await modeOf(outbox)).mode).toBe('production');
});

test('reopen-bootstrap marks an unmarked database production', async () => {
  const db = await unmarked();
  expect(await reopenBootstrap(db, { all: true })).toEqual({ removed: [], left: [] });
  expect(await modeOf(db)).toEqual({ mode: 'production', mark: 'production' });
});
