/**
 * A data key rotation (`npm run rotate-key`) cut off after its commit but before its scrub (the file rebuilt so no
 * old ciphertext stays in its free space) is scrubbed by the next start, before it serves: afterwards no value
 * written under the old key (a live one re-encrypted by the rotation, or a deleted one left in a free cell) can be
 * found in the database file or its log. With the key file (the rotation finished from `keys.json.next`) and with
 * DATA_KEY in the environment (nothing but the database tells a scrub is owed).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encrypt } from '~/cloudfunctions/domain/crypto';
import { startLocal, type Running } from '~/cloudfunctions/local/main';
import { rotateDataKey } from '~/cloudfunctions/local/rekey';
import { loadKeys, newKeys, nextKeyFile, writeKeyFile, type Env } from '~/cloudfunctions/local/secrets';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { initKeys } from '~/scripts/keys';
import { generateDataset, networkOnly, seedDatabase } from '~/scripts/seed/index';
import { Client } from '../support/local-harness';
import { aidBody, places, submit } from './work-fixture';

jest.setTimeout(60_000);

const h5 = mkdtempSync(join(tmpdir(), 'pp-h5-'));
writeFileSync(join(h5, 'index.html'), '<!doctype html><title>先锋岗</title>');

const start = (db: string, env: Env = {}): Promise<Running> =>
  startLocal({ dbPath: db, port: 0, host: '127.0.0.1', demo: false, staticDir: h5, env });

/** The database's files as bytes (the file and its log), where a deleted or overwritten value could linger. */
function rawBytes(db: string): string {
  return [db, `${db}-wal`]
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f).toString('latin1'))
    .join('');
}

/** A network database with a production start's applications on it, under the keys `env` or the key file give. */
async function withApplications(env: Env): Promise<{ db: string; id: string; cookie: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'pp-scrub-'));
  const db = join(dir, 'pp.db');
  await seedDatabase(db, { dataset: networkOnly(generateDataset()) });
  if (!env.DATA_KEY) initKeys(db, {});
  const app = await start(db, env);
  const c = new Client(app.url.replace('localhost', '127.0.0.1'));
  const id = await submit(c, aidBody(places().post.id));
  await submit(c, aidBody(places().post.id));
  await app.close();
  return { db, id, cookie: c.cookieHeader() };
}

/**
 * What `npm run rotate-key` does up to its commit, then stops as a kill would leave it: no scrub, the key file not
 * replaced. Before, a value under the old key is written and deleted (a free cell keeps it: deletes do not zero by
 * default). Returns the old key's ciphertexts that must not survive: the planted one and every live one.
 */
async function rotateCutOff(db: string, env: Env, to: Buffer): Promise<string[]> {
  const store = openSqliteStore(db);
  try {
    const keys = await loadKeys({ store, dbPath: db, production: true, env });
    const planted = encrypt(keys.dataKey, '13900001111 planted under the old key');
    store.db.prepare(`INSERT INTO meta (key, value) VALUES ('planted', ?)`).run(planted);
    store.db.prepare(`DELETE FROM meta WHERE key = 'planted'`).run();
    const live = store.db.prepare('SELECT payload FROM requests').pluck().all() as string[];
    const old = live.flatMap((p) => Object.values(JSON.parse(p) as Record<string, unknown>));
    const ciphertexts = [planted, ...old.filter((v): v is string => typeof v === 'string' && v.startsWith('v1:'))];
    if (!env.DATA_KEY) writeKeyFile(nextKeyFile(join(db, '..', 'keys.json')), { ...keys, dataKey: to });
    rotateDataKey(store.db, keys.dataKey, to);
    return ciphertexts;
  } finally {
    await store.close();
  }
}

/** The first 40 characters of each: enough to find a ciphertext anywhere in the bytes. */
const found = (bytes: string, values: string[]) => values.map((v) => v.slice(0, 40)).filter((v) => bytes.includes(v));

test('cut off after its commit: the next start finishes the rotation and scrubs the file before serving', async () => {
  const { db, id, cookie } = await withApplications({});
  const keyFile = join(db, '..', 'keys.json');
  const newKey = newKeys().dataKey;
  const old = await rotateCutOff(db, {}, newKey);
  expect(old.length).toBeGreaterThanOrEqual(3);
  // What the cut-off rotation left: old ciphertexts readable in the file.
  expect(found(rawBytes(db), old).length).toBeGreaterThan(0);

  const app = await start(db);
  try {
    expect(found(rawBytes(db), old)).toEqual([]);
    expect(JSON.parse(readFileSync(keyFile, 'utf8')).dataKey).toBe(newKey.toString('base64'));
    expect(existsSync(`${keyFile}.next`)).toBe(false);
    const c = new Client(app.url.replace('localhost', '127.0.0.1'));
    Object.assign(c, { cookie });
    expect((await c.call('resident', { action: 'requestDetail', id })).status).toBe(200);
  } finally {
    await app.close();
  }
  expect(found(rawBytes(db), old)).toEqual([]);
});

test('with DATA_KEY in the environment: started with the new key, the file is scrubbed before serving', async () => {
  const keys = newKeys();
  const env = {
    SESSION_SECRET: keys.sessionSecret,
    VISITOR_SALT: keys.visitorSalt,
    DATA_KEY: keys.dataKey.toString('base64'),
  };
  const { db, id, cookie } = await withApplications(env);
  const newKey = newKeys().dataKey;
  const old = await rotateCutOff(db, env, newKey);
  expect(found(rawBytes(db), old).length).toBeGreaterThan(0);

  const app = await start(db, { ...env, DATA_KEY: newKey.toString('base64') });
  try {
    expect(found(rawBytes(db), old)).toEqual([]);
    const c = new Client(app.url.replace('localhost', '127.0.0.1'));
    Object.assign(c, { cookie });
    expect((await c.call('resident', { action: 'requestDetail', id })).status).toBe(200);
  } finally {
    await app.close();
  }
});
