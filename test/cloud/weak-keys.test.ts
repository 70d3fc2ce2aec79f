/**
 * Weak keys are refused in production, each named with where it came from and why: a SESSION_SECRET or
 * VISITOR_SALT under 32 characters, and any key that is a value .env.example publishes (its DATA_KEY opens every
 * ID number and phone for anyone who read the file). Before a new database is made, and at the start of an
 * existing one; demo mode still makes and takes what it likes. A rotation is how a weak data key is replaced.
 */
import { parse } from 'dotenv';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXAMPLE_VALUES, envProblems } from '~/cloudfunctions/functions/env';
import { MANIFEST } from '~/cloudfunctions/functions/manifest';
import { startLocal, type Running } from '~/cloudfunctions/local/main';
import { newKeys, writeKeyFile, type Env } from '~/cloudfunctions/local/secrets';
import { rotateKey } from '~/scripts/keys';
import { prepareDatabase } from '~/scripts/lib/prepare-db';

jest.setTimeout(60_000);

const root = resolve(__dirname, '../..');
const example = parse(readFileSync(join(root, '.env.example')));
const fresh = newKeys();
const STRONG = {
  SESSION_SECRET: fresh.sessionSecret,
  VISITOR_SALT: fresh.visitorSalt,
  DATA_KEY: fresh.dataKey.toString('base64'),
};
const h5 = mkdtempSync(join(tmpdir(), 'pp-h5-'));
writeFileSync(join(h5, 'index.html'), '<!doctype html><title>先锋岗</title>');

const freshDb = () => join(mkdtempSync(join(tmpdir(), 'pp-weak-')), 'pp.db');
const start = (db: string, demo: boolean, env: Env): Promise<Running> =>
  startLocal({ dbPath: db, port: 0, host: '127.0.0.1', demo, staticDir: h5, env });

/** Runs test/support/start-refused.ts (the runtime's start in production) on `db` with exactly `env`'s keys. */
function startInChild(db: string, env: Record<string, string>) {
  const clean: Env = { ...process.env, DB_PATH: db, ...env };
  for (const k of [...Object.keys(STRONG), 'KEY_FILE', 'DEMO']) if (!(k in env)) delete clean[k];
  return spawnSync(process.execPath, ['--import', 'tsx', 'test/support/start-refused.ts'], {
    cwd: root,
    env: clean as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

test('the list of example values the code refuses is .env.example’s', () => {
  const published = Object.fromEntries(Object.entries(example).filter(([, v]) => v !== ''));
  expect(EXAMPLE_VALUES).toEqual(published);
});

test('a new production database is not made with a short secret or the example data key, each named', async () => {
  const db = freshDb();
  const weak = { ...STRONG, SESSION_SECRET: 'x', DATA_KEY: example.DATA_KEY! };
  const refused = prepareDatabase(db, { demo: false, env: weak });
  await expect(refused).rejects.toThrow(/生产模式密钥不安全/);
  await expect(refused).rejects.toThrow('SESSION_SECRET (from the environment) is shorter than 32 characters');
  await expect(refused).rejects.toThrow(
    'DATA_KEY (from the environment) is the example value published in .env.example (anyone can read it)',
  );
  expect(existsSync(db)).toBe(false);
});

test('an existing database is not served in production with weak keys from the environment or the key file', async () => {
  const db = freshDb();
  await prepareDatabase(db, { demo: false, env: STRONG });
  const cases: [Record<string, string>, string][] = [
    [{ ...STRONG, VISITOR_SALT: 'short-salt' }, 'VISITOR_SALT (from the environment) is shorter than 32 characters'],
    [{ ...STRONG, VISITOR_SALT: example.VISITOR_SALT! }, 'VISITOR_SALT (from the environment) is the example'],
    [{ ...STRONG, SESSION_SECRET: example.VISITOR_SALT! }, 'SESSION_SECRET (from the environment) is the example'],
    // The example key written another way (no padding) is the same key.
    [{ ...STRONG, DATA_KEY: example.DATA_KEY!.replace(/=+$/, '') }, 'DATA_KEY (from the environment) is the example'],
  ];
  for (const [env, message] of cases) {
    const run = startInChild(db, env);
    expect([run.status, run.stderr]).toEqual([1, expect.stringContaining(message)]);
    expect(run.stderr).toMatch(/REFUSED: 生产模式密钥不安全 .*openssl rand -hex 32/);
  }
  const keyFile = join(db, '..', 'keys.json');
  writeKeyFile(keyFile, { ...fresh, sessionSecret: 'sixteen-chars-xy' });
  const fromFile = startInChild(db, {});
  expect(fromFile.status).toBe(1);
  expect(fromFile.stderr).toContain(`SESSION_SECRET (from ${keyFile}) is shorter than 32 characters`);
  writeKeyFile(keyFile, fresh);
  expect(startInChild(db, {}).status).toBe(0);
});

test('demo mode still starts with keys of its own choosing', async () => {
  const db = freshDb();
  await prepareDatabase(db, { demo: true, env: {} });
  const app = await start(db, true, { SESSION_SECRET: 'x', VISITOR_SALT: 'y' });
  await app.close();
});

test('a database under the example data key is moved off it by rotate-key, not to another example value', async () => {
  const db = freshDb();
  const weak = { ...STRONG, DATA_KEY: example.DATA_KEY! };
  // As though chosen before the check existed: the network holds no application yet, so any key opens it.
  await prepareDatabase(db, { demo: false, env: STRONG });
  expect(startInChild(db, weak).status).toBe(1);
  await expect(rotateKey(db, { ...weak, NEW_DATA_KEY: example.DATA_KEY! })).rejects.toThrow(/NEW_DATA_KEY/);
  const next = newKeys().dataKey.toString('base64');
  await rotateKey(db, { ...weak, NEW_DATA_KEY: next });
  expect(startInChild(db, { ...STRONG, DATA_KEY: next }).status).toBe(0);
});

test('the cloud functions refuse a short VISITOR_SALT and any example value, naming the variable', () => {
  const ok = { VISITOR_SALT: STRONG.VISITOR_SALT, DATA_KEY: STRONG.DATA_KEY };
  expect(envProblems(MANIFEST.resident, ok)).toEqual([]);
  expect(envProblems(MANIFEST.resident, { ...ok, VISITOR_SALT: 'salt' })).toEqual([
    'VISITOR_SALT is shorter than 32 characters (make one with `openssl rand -hex 32`)',
  ]);
  expect(envProblems(MANIFEST.resident, { VISITOR_SALT: example.VISITOR_SALT, DATA_KEY: example.DATA_KEY })).toEqual([
    'VISITOR_SALT is the example value published in .env.example (anyone can read it)',
    'DATA_KEY is the example value published in .env.example (anyone can read it)',
  ]);
});
