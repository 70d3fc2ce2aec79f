/**
 * Keys apart from data: the local runtime takes its keys from the environment or a 0600 key file beside the
 * database, never from the database; the database file is 0600; an older database's keys move out of meta;
 * production refuses to start without keys or with a data key that does not open the data; and the data key
 * rotation re-encrypts every value, which then opens with the new key and not with the old one.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, chmodSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decrypt } from '~/cloudfunctions/domain/crypto';
import { startLocal, type Running } from '~/cloudfunctions/local/main';
import type { Env } from '~/cloudfunctions/local/secrets';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { initKeys, rotateKey } from '~/scripts/keys';
import { generateDataset, networkOnly, seedDatabase } from '~/scripts/seed/index';
import { Client } from '../support/local-harness';
import { aidBody, ID_NUMBER, PHONE, places, residentDetail, submit } from './work-fixture';

jest.setTimeout(60_000);

const mode = (file: string) => statSync(file).mode & 0o777;
const LOOKALIKE = 'v1:这不是密文，是居民自己写的事实经过，共二十个字以上';

/**
 * A fresh folder with a seeded database and an H5 stand-in: the network a production start makes (no people), or
 * with `people` the demo's whole dataset.
 */
async function seeded(people = false): Promise<{ dir: string; db: string; h5: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'pp-keys-'));
  const h5 = mkdtempSync(join(tmpdir(), 'pp-h5-'));
  writeFileSync(join(h5, 'index.html'), '<!doctype html><title>先锋岗</title>');
  const db = join(dir, 'pp.db');
  await seedDatabase(db, people ? {} : { dataset: networkOnly(generateDataset()) });
  return { dir, db, h5 };
}

const start = (db: string, h5: string, demo: boolean, env: Env = {}): Promise<Running> =>
  startLocal({ dbPath: db, port: 0, host: '127.0.0.1', demo, staticDir: h5, env });

async function metaKeys(db: string): Promise<string[]> {
  const store = openSqliteStore(db);
  try {
    return store.db
      .prepare(`SELECT key FROM meta WHERE key IN ('session_secret','visitor_salt','data_key')`)
      .pluck()
      .all() as string[];
  } finally {
    await store.close();
  }
}

/** The database's files as bytes (the file and its log), where a deleted or overwritten value could linger. */
function rawBytes(db: string): string {
  return [db, `${db}-wal`]
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f).toString('latin1'))
    .join('');
}

/** The stored personal numbers (always encrypted) of every request, and every stored `facts`. */
async function storedSecrets(db: string): Promise<string[]> {
  return (await payloads(db))
    .flatMap((p) => [p.idNumber, p.phone, p.callbackPhone])
    .filter((v) => typeof v === 'string');
}

async function payloads(db: string): Promise<Record<string, unknown>[]> {
  const store = openSqliteStore(db);
  try {
    const rows = store.db.prepare('SELECT payload FROM requests').pluck().all() as string[];
    return rows.map((r) => JSON.parse(r) as Record<string, unknown>);
  } finally {
    await store.close();
  }
}

test('demo mode makes a 0600 key file beside a 0600 database, keeps no key in the database, and reuses it', async () => {
  const { dir, db, h5 } = await seeded(true);
  expect(mode(db)).toBe(0o600);
  const first = await start(db, h5, true);
  const url = first.url.replace('localhost', '127.0.0.1');
  const tab = new Client(url);
  expect(await tab.login('demo-admin')).toBe(200);
  await first.close();
  const keyFile = join(dir, 'keys.json');
  expect(mode(keyFile)).toBe(0o600);
  expect(Object.keys(JSON.parse(readFileSync(keyFile, 'utf8'))).sort()).toEqual([
    'dataKey',
    'sessionSecret',
    'visitorSalt',
  ]);
  expect(await metaKeys(db)).toEqual([]);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) if (existsSync(f)) expect(mode(f)).toBe(0o600);

  const again = await start(db, h5, true);
  try {
    // The same session secret: yesterday's admin session still works after a restart.
    const carried = new Client(again.url.replace('localhost', '127.0.0.1'));
    Object.assign(carried, { cookie: (tab as unknown as { cookie: string }).cookie });
    expect((await carried.call('admin', { action: 'regions' })).status).toBe(200);
  } finally {
    await again.close();
  }
});

test('production refuses to start without keys and names each missing one', async () => {
  const { db, h5 } = await seeded();
  await expect(start(db, h5, false)).rejects.toThrow(/SESSION_SECRET, VISITOR_SALT, DATA_KEY/);
  await expect(start(db, h5, false, { SESSION_SECRET: 's'.repeat(40) })).rejects.toThrow(
    /VISITOR_SALT, DATA_KEY$|VISITOR_SALT, DATA_KEY\./,
  );
});

test('production starts with keys from the environment and writes no key file', async () => {
  const { dir, db, h5 } = await seeded();
  const env = {
    SESSION_SECRET: 'a'.repeat(64),
    VISITOR_SALT: 'b'.repeat(64),
    DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
  };
  const app = await start(db, h5, false, env);
  await app.close();
  expect(existsSync(join(dir, 'keys.json'))).toBe(false);
  await expect(start(db, h5, false, { ...env, DATA_KEY: 'short' })).rejects.toThrow(/DATA_KEY/);
});

test('a key file others can read is refused', async () => {
  const { dir, db, h5 } = await seeded();
  expect(initKeys(db, {})).toBe(join(dir, 'keys.json'));
  chmodSync(join(dir, 'keys.json'), 0o644);
  await expect(start(db, h5, false)).rejects.toThrow(/chmod 600/);
  expect(() => initKeys(db, {})).toThrow(/exists/);
});

// As long as production requires (32 characters at least).
const [LEGACY_SESSION, LEGACY_SALT] = ['legacy-session-secret-of-an-older-db', 'legacy-visitor-salt-of-an-older-db'];

test('an older database: its keys move from meta to the key file, and its data still opens', async () => {
  const { dir, db, h5 } = await seeded();
  const oldKey = Buffer.alloc(32, 3);
  const store = openSqliteStore(db);
  await store.meta.set('session_secret', LEGACY_SESSION);
  await store.meta.set('visitor_salt', LEGACY_SALT);
  await store.meta.set('data_key', oldKey.toString('hex'));
  await store.close();

  const app = await start(db, h5, false);
  try {
    const c = new Client(app.url.replace('localhost', '127.0.0.1'));
    const id = await submit(c, aidBody(places().post.id));
    expect(await residentDetail(c, id)).toMatchObject({ id });
  } finally {
    await app.close();
  }
  expect(await metaKeys(db)).toEqual([]);
  const file = JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8'));
  expect(file).toEqual({
    sessionSecret: LEGACY_SESSION,
    visitorSalt: LEGACY_SALT,
    dataKey: oldKey.toString('base64'),
  });
  const secrets = await storedSecrets(db);
  expect(secrets).toHaveLength(2);
  for (const v of secrets) expect([PHONE, ID_NUMBER]).toContain(decrypt(oldKey, v));
  // Gone from the file itself too, not only from the table: a copy of the database carries no key.
  const bytes = rawBytes(db);
  for (const key of [LEGACY_SESSION, LEGACY_SALT, oldKey.toString('hex')]) expect(bytes.includes(key)).toBe(false);
});

test('rotation re-encrypts every value: readable with the new key, not with the old; the old key is refused', async () => {
  const { dir, db, h5 } = await seeded();
  initKeys(db, {});
  const keyFile = join(dir, 'keys.json');
  const oldKey = Buffer.from(JSON.parse(readFileSync(keyFile, 'utf8')).dataKey, 'base64');
  let app = await start(db, h5, false);
  const c = new Client(app.url.replace('localhost', '127.0.0.1'));
  const ids = [
    await submit(c, aidBody(places().post.id)),
    await submit(c, aidBody(places().post.id, { facts: LOOKALIKE })),
  ];
  // More applications, each from its own phone: enough rows that pages are rewritten, not only cells in place.
  const base = app.url.replace('localhost', '127.0.0.1');
  await Promise.all(Array.from({ length: 6 }, () => submit(new Client(base), aidBody(places().post.id))));
  await app.close();
  const before = await storedSecrets(db);
  expect(before.length).toBeGreaterThanOrEqual(4);

  const done = await rotateKey(db, {});
  expect(done.rewritten).toBe(before.length);
  expect(mode(keyFile)).toBe(0o600);
  expect(existsSync(`${keyFile}.next`)).toBe(false);
  const newKey = Buffer.from(JSON.parse(readFileSync(keyFile, 'utf8')).dataKey, 'base64');
  expect(newKey.equals(oldKey)).toBe(false);
  const after = await storedSecrets(db);
  expect(after).toHaveLength(before.length);
  for (const v of after) {
    expect([PHONE, ID_NUMBER]).toContain(decrypt(newKey, v));
    expect(() => decrypt(oldKey, v)).toThrow();
  }
  // A resident's own text that merely looks like a stored value is left as it is.
  expect((await payloads(db)).map((p) => p.facts)).toContain(LOOKALIKE);
  // No old ciphertext is left in the file's free space or its log for the old key to open.
  const bytes = rawBytes(db);
  expect(before.filter((v) => bytes.includes(v))).toEqual([]);

  app = await start(db, h5, false);
  try {
    const again = new Client(app.url.replace('localhost', '127.0.0.1'));
    Object.assign(again, { cookie: (c as unknown as { cookie: string }).cookie });
    for (const id of ids) expect((await again.call('resident', { action: 'requestDetail', id })).status).toBe(200);
  } finally {
    await app.close();
  }
  await expect(start(db, h5, false, { DATA_KEY: oldKey.toString('base64') })).rejects.toThrow(/does not open/);
  // Rotating with the key in the environment needs the new key given, as the command cannot change the environment.
  await expect(rotateKey(db, { DATA_KEY: newKey.toString('base64') })).rejects.toThrow(/NEW_DATA_KEY/);

  // Rotated again with the key in the environment: the file's copy of the (now old) key goes, its other keys stay.
  const third = randomBytes(32);
  const held = JSON.parse(readFileSync(keyFile, 'utf8'));
  const env = { DATA_KEY: newKey.toString('base64'), NEW_DATA_KEY: third.toString('base64') };
  expect((await rotateKey(db, env)).keyFile).toBeNull();
  const left = JSON.parse(readFileSync(keyFile, 'utf8'));
  expect(left).toEqual({ sessionSecret: held.sessionSecret, visitorSalt: held.visitorSalt });
  expect(mode(keyFile)).toBe(0o600);
  for (const v of await storedSecrets(db)) expect([PHONE, ID_NUMBER]).toContain(decrypt(third, v));
  // Started with the new key in the environment, the file's session secret still signs the old cookies.
  app = await start(db, h5, false, { DATA_KEY: third.toString('base64') });
  try {
    const again = new Client(app.url.replace('localhost', '127.0.0.1'));
    Object.assign(again, { cookie: (c as unknown as { cookie: string }).cookie });
    expect((await again.call('resident', { action: 'requestDetail', id: ids[0] })).status).toBe(200);
  } finally {
    await app.close();
  }
});

test('a demo database seeded with activity encrypts with the key file, and meta holds no key', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pp-keys-'));
  const db = join(dir, 'pp.db');
  const seeded = await seedDatabase(db, { scans: 3000 });
  expect(seeded.requests).toBeGreaterThan(0);
  expect(await metaKeys(db)).toEqual([]);
  const keyFile = join(dir, 'keys.json');
  expect(mode(keyFile)).toBe(0o600);
  const key = Buffer.from(JSON.parse(readFileSync(keyFile, 'utf8')).dataKey, 'base64');
  const secrets = await storedSecrets(db);
  expect(secrets.length).toBeGreaterThan(0);
  for (const v of secrets) expect(decrypt(key, v)).toMatch(/^[0-9X]+$/);
});

test('rotate-key is refused while a server runs on the database, and so is a second server', async () => {
  const { dir, db, h5 } = await seeded();
  initKeys(db, {});
  const app = await start(db, h5, false);
  try {
    // The lock names this process; a test runs both in one, so another process's pid is written in its place.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(`${db}.lock`, `${other.pid}\n`);
      await expect(rotateKey(db, {})).rejects.toThrow(
        new RegExp(`is served by process ${other.pid}\\): stop the server before rotating the data key`),
      );
      await expect(start(db, h5, false)).rejects.toThrow(/stop it before starting another server on the same file/);
    } finally {
      other.kill();
    }
  } finally {
    await app.close();
  }
  // A lock left by a process that is gone (kill -9) is taken over.
  writeFileSync(`${db}.lock`, '999999\n');
  expect((await rotateKey(db, {})).rewritten).toBe(0);
  expect(existsSync(join(dir, 'keys.json'))).toBe(true);
});

test('a rotation cut off after its commit (the key file not yet replaced) is finished by the next start', async () => {
  const { dir, db, h5 } = await seeded();
  initKeys(db, {});
  const keyFile = join(dir, 'keys.json');
  const oldFile = readFileSync(keyFile, 'utf8');
  let app = await start(db, h5, false);
  const c = new Client(app.url.replace('localhost', '127.0.0.1'));
  const id = await submit(c, aidBody(places().post.id));
  await app.close();
  await rotateKey(db, {});
  // As a crash between the commit and the key file's replacement leaves it: the old key file, the new key in .next.
  const newFile = readFileSync(keyFile, 'utf8');
  writeFileSync(`${keyFile}.next`, newFile, { mode: 0o600 });
  writeFileSync(keyFile, oldFile, { mode: 0o600 });
  app = await start(db, h5, false);
  try {
    expect(readFileSync(keyFile, 'utf8')).toBe(newFile);
    expect(existsSync(`${keyFile}.next`)).toBe(false);
    const again = new Client(app.url.replace('localhost', '127.0.0.1'));
    Object.assign(again, { cookie: (c as unknown as { cookie: string }).cookie });
    expect((await again.call('resident', { action: 'requestDetail', id })).status).toBe(200);
  } finally {
    await app.close();
  }
});

test('keys init makes the database folder (0700) when it does not exist yet', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'pp-keys-')), 'new', 'folder', 'pp.db');
  const file = initKeys(db, {});
  expect(mode(file)).toBe(0o600);
  expect(mode(join(db, '..'))).toBe(0o700);
});
