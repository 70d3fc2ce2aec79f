/**
 * The local runtime's keys, kept apart from the data they protect: the session secret, the visitor salt and the
 * data key come from the environment (SESSION_SECRET, VISITOR_SALT, DATA_KEY) or from a key file readable by its
 * owner only (mode 0600, default `<database's directory>/keys.json`, KEY_FILE to move it), never from the
 * database. Older databases kept them in the `meta` table: the first start moves them to the key file and deletes
 * them from meta. Demo mode makes the key file on first start; production refuses to start without keys, and with
 * weak ones: a session secret or visitor salt under 32 characters, or any key that is a value of .env.example.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { DATA_KEY_BYTES, parseDataKey } from '../domain/crypto';
import type Database from 'better-sqlite3';
import type { Store } from '../store/port';
import { weakKeysMessage, weakProblems } from './key-strength';
import { probeDataKey, scrub, scrubAfterRotation, scrubPending } from './rekey';

/** Settings as the environment gives them (process.env, or a test's own). */
export type Env = Record<string, string | undefined>;

/** The three keys of the local runtime. */
export interface LocalKeys {
  sessionSecret: string;
  visitorSalt: string;
  dataKey: Buffer;
}

/** The key file's shape: the data key base64 (as DATA_KEY is given to cloud functions), the others free text. */
interface KeyFile {
  sessionSecret?: string;
  visitorSalt?: string;
  dataKey?: string;
}

/** Refused configuration: the message names what is missing or wrong and how to fix it. */
export class KeyError extends Error {}

/** Where the key file of a database lives (KEY_FILE, else beside the database); null for an in-memory database. */
export function keyFilePath(dbPath: string, env: Env = process.env): string | null {
  if (env.KEY_FILE) return env.KEY_FILE;
  return dbPath === ':memory:' ? null : join(dirname(dbPath), 'keys.json');
}

/** Reads a key file, refusing one that group or others may read (as ssh does with a private key). */
export function readKeyFile(file: string): KeyFile {
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077) {
    throw new KeyError(
      `密钥文件权限过宽 (key file readable by others): ${file} has mode 0${mode.toString(8)}; run: chmod 600 ${file}`,
    );
  }
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof parsed !== 'object' || parsed === null)
    throw new KeyError(`密钥文件格式错误 (not a JSON object): ${file}`);
  return parsed as KeyFile;
}

/**
 * Writes a key file with mode 0600 atomically and durably: a temporary file, flushed to disk, renamed over it, and
 * the folder flushed, so neither a reader nor a power loss sees half of it. Makes the folder (0700) if absent.
 */
export function writeKeyFile(file: string, keys: LocalKeys): void {
  writeKeyBody(file, {
    sessionSecret: keys.sessionSecret,
    visitorSalt: keys.visitorSalt,
    dataKey: keys.dataKey.toString('base64'),
  });
}

/**
 * Removes the data key from a key file that holds one, keeping its other keys (a rotation with DATA_KEY in the
 * environment: the file's copy is the old key, which would open old backups and, were DATA_KEY dropped, be loaded
 * in place of the new one). Returns whether the file changed.
 */
export function dropFileDataKey(file: string): boolean {
  if (!existsSync(file)) return false;
  const { dataKey, ...rest } = readKeyFile(file);
  if (dataKey === undefined) return false;
  writeKeyBody(file, rest);
  return true;
}

function writeKeyBody(file: string, body: KeyFile): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    try {
      writeSync(fd, JSON.stringify(body, null, 2) + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    // A full disk: no half-written copy of a key is left beside the file.
    rmSync(tmp, { force: true });
    throw err;
  }
  syncFolder(dir);
}

/** Flushes a folder's entries (a rename or a removal in it) to disk. */
export function syncFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The key file a rotation writes before it changes the data (scripts/keys.ts). */
export const nextKeyFile = (file: string) => `${file}.next`;

/** Fresh random keys. */
export function newKeys(): LocalKeys {
  return {
    sessionSecret: randomBytes(32).toString('hex'),
    visitorSalt: randomBytes(32).toString('hex'),
    dataKey: randomBytes(DATA_KEY_BYTES),
  };
}

const META_KEYS = { sessionSecret: 'session_secret', visitorSalt: 'visitor_salt', dataKey: 'data_key' } as const;

/** The store's raw connection, where it has one (the SQLite adapter), to delete the moved keys from meta. */
function rawDb(store: Store): { prepare(sql: string): { run(...a: unknown[]): unknown } } | null {
  const db = (store as { db?: unknown }).db;
  return db && typeof db === 'object' && 'prepare' in db ? (db as ReturnType<typeof rawDb>) : null;
}

const NAMES: [string, keyof KeyFile][] = [
  ['SESSION_SECRET', 'sessionSecret'],
  ['VISITOR_SALT', 'visitorSalt'],
  ['DATA_KEY', 'dataKey'],
];

/** The keys the environment and the key file give before a database is opened, and where each comes from. */
function givenKeys(dbPath: string, env: Env): { given: KeyFile; from: (name: string) => string } {
  const file = keyFilePath(dbPath, env);
  const stored: KeyFile = file && existsSync(file) ? readKeyFile(file) : {};
  const given = Object.fromEntries(NAMES.map(([name, field]) => [field, env[name] || stored[field]])) as KeyFile;
  return { given, from: (name) => (env[name] ? 'the environment' : (file ?? 'the key file')) };
}

/** The keys neither the environment nor the key file gives (checked before a new database is made). */
export function missingKeys(dbPath: string, env: Env = process.env): string[] {
  const { given } = givenKeys(dbPath, env);
  return NAMES.filter(([, field]) => !given[field]).map(([name]) => name);
}

/** What is weak in the keys the environment and the key file give (checked before a new database is made). */
export function weakKeys(dbPath: string, env: Env = process.env): string[] {
  const { given, from } = givenKeys(dbPath, env);
  return weakProblems(given, from);
}

/** The refusal of a production start with weak keys (key-strength.ts). */
export const weakKeysError = (problems: string[]) => new KeyError(weakKeysMessage(problems));

/** The refusal of a production start without keys: names what is missing and where to put it. */
export function missingKeysError(missing: string[], file: string | null): KeyError {
  return new KeyError(
    `生产模式缺少密钥 (production mode, missing keys): ${missing.join(', ')}. Set them in the environment or in ` +
      `${file ?? 'KEY_FILE'} (mode 0600); \`npm run keys -- init\` writes a fresh key file.`,
  );
}

/** What loadKeys needs to know. */
export interface KeyOptions {
  store: Store;
  /** The database's path, or ':memory:' (then keys not in the environment are made per process, demo only). */
  dbPath: string;
  production: boolean;
  env?: Env;
  /** Production: refuse weak keys (default true). A rotation reads the keys without it: it replaces a weak data key. */
  checkStrength?: boolean;
}

/** Loads the keys (environment, then key file, then a one-time move out of meta), making them in demo mode. */
export async function loadKeys(opts: KeyOptions): Promise<LocalKeys> {
  const env = opts.env ?? process.env;
  const file = keyFilePath(opts.dbPath, env);
  let stored: KeyFile = file && existsSync(file) ? readKeyFile(file) : {};
  const legacy: KeyFile = {};
  for (const [field, metaKey] of Object.entries(META_KEYS) as [keyof KeyFile, string][]) {
    const v = await opts.store.meta.get(metaKey);
    // Meta held the data key hex-encoded; the key file holds it base64 like DATA_KEY.
    if (v) legacy[field] = field === 'dataKey' ? Buffer.from(v, 'hex').toString('base64') : v;
  }
  const hasLegacy = Object.keys(legacy).length > 0;
  if (hasLegacy) stored = { ...legacy, ...stored };

  const pick = (envName: string, field: keyof KeyFile): string | undefined => env[envName] || stored[field];
  const sessionSecret = pick('SESSION_SECRET', 'sessionSecret');
  const visitorSalt = pick('VISITOR_SALT', 'visitorSalt');
  const dataKeyText = pick('DATA_KEY', 'dataKey');
  const missing = [
    ...(sessionSecret ? [] : ['SESSION_SECRET']),
    ...(visitorSalt ? [] : ['VISITOR_SALT']),
    ...(dataKeyText ? [] : ['DATA_KEY']),
  ];
  if (dataKeyText && !parseDataKey(dataKeyText)) {
    throw new KeyError(`DATA_KEY 格式错误 (must be ${DATA_KEY_BYTES} bytes, base64): check the environment or ${file}`);
  }
  if (missing.length && opts.production) throw missingKeysError(missing, file);
  if (opts.production && opts.checkStrength !== false) {
    const from = (name: string) => (env[name] ? 'the environment' : (file ?? 'the key file'));
    const weak = weakProblems({ sessionSecret, visitorSalt, dataKey: dataKeyText }, from);
    if (weak.length) throw weakKeysError(weak);
  }
  const made = newKeys();
  const keys: LocalKeys = {
    sessionSecret: sessionSecret ?? made.sessionSecret,
    visitorSalt: visitorSalt ?? made.visitorSalt,
    dataKey: dataKeyText ? (parseDataKey(dataKeyText) as Buffer) : made.dataKey,
  };
  const db = rawDb(opts.store);
  if (db && probeDataKey(db as unknown as Database.Database, keys.dataKey) === 'wrong') {
    const finished = file
      ? finishRotation(db as unknown as Database.Database, file, keys, Boolean(env.DATA_KEY))
      : null;
    if (!finished) {
      throw new KeyError(
        `数据密钥不能解开现有数据 (DATA_KEY does not open the encrypted data of ${opts.dbPath}): ` +
          'give the key it was written with; `npm run rotate-key` changes keys',
      );
    }
    keys.dataKey = finished;
  }
  // A rotation cut off before its scrub (with DATA_KEY in the environment nothing else tells): scrubbed before serving.
  if (db && scrubPending(db as unknown as Database.Database)) scrubAfterRotation(db as unknown as Database.Database);
  // Keep what the environment does not give in the key file: made now (demo) or moved out of meta.
  const fileNeedsWrite = hasLegacy || missing.length > 0;
  if (file && fileNeedsWrite) {
    const fromFile = (field: keyof KeyFile) => stored[field];
    writeKeyFile(file, {
      sessionSecret: fromFile('sessionSecret') ?? keys.sessionSecret,
      visitorSalt: fromFile('visitorSalt') ?? keys.visitorSalt,
      dataKey: parseDataKey(fromFile('dataKey')) ?? keys.dataKey,
    });
  }
  if (hasLegacy) {
    if (!db) throw new KeyError('keys found in meta of a store without SQL access; move them by hand');
    if (!file) throw new KeyError('keys found in meta of an in-memory database: set KEY_FILE to move them out');
    // Zeroed where they stood and the file rebuilt: a copy of the database must not carry the keys.
    const sql = db as unknown as Database.Database;
    sql.pragma('secure_delete = ON');
    sql.prepare(`DELETE FROM meta WHERE key IN ('session_secret', 'visitor_salt', 'data_key')`).run();
    scrub(sql);
  }
  return keys;
}

/**
 * A rotation cut off after its commit (a crash or power loss before the key file was replaced) leaves the data under
 * the key in `<key file>.next`: when that key opens the data, the rotation is finished here (the file scrubbed as
 * the rotation would have, the key file replaced, the .next removed) and its key returned. With DATA_KEY in the
 * environment the operator must set it: refused, naming the file. Null when there is no such file or its key does
 * not open the data either.
 */
function finishRotation(db: Database.Database, file: string, current: LocalKeys, fromEnv: boolean): Buffer | null {
  const next = nextKeyFile(file);
  if (!existsSync(next)) return null;
  const dataKey = parseDataKey(readKeyFile(next).dataKey);
  if (!dataKey || probeDataKey(db, dataKey) !== 'ok') return null;
  if (fromEnv) {
    throw new KeyError(
      `数据已用新密钥加密 (the data was re-encrypted under the key in ${next}, a rotation cut off before its end): ` +
        "set DATA_KEY to that file's dataKey and start again",
    );
  }
  // The rotation's scrub (rekey.ts) may have been cut off too: no old ciphertext may stay in the file's free pages
  // or its log. Before the key file changes, so a start cut off here finishes it again.
  scrubAfterRotation(db);
  // The rotation changed the data key alone: the other two stay as they are loaded.
  writeKeyFile(file, { ...current, dataKey });
  rmSync(next);
  syncFolder(dirname(file));
  console.warn(`[keys] a key rotation cut off after its commit was finished: ${file} now holds the new data key`);
  return dataKey;
}
