/**
 * The local runtime's keys (cloudfunctions/local/secrets.ts) from the command line:
 * - `npm run keys -- init [--db path]`: writes a fresh key file (mode 0600) beside the database, if there is none.
 * - `npm run rotate-key [-- --db path]`: with the server stopped, re-encrypts every encrypted value under a new
 *   data key in one transaction, verifies it, then replaces the key file. The old key comes from DATA_KEY or the
 *   key file; the new one from NEW_DATA_KEY or is made here (when DATA_KEY is in the environment, NEW_DATA_KEY
 *   is required, as this command cannot change the environment: put it in DATA_KEY afterwards).
 * The database is DB_PATH or .data/pioneer.db unless --db; the key file KEY_FILE or `<db dir>/keys.json`.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataKey } from '~/cloudfunctions/domain/crypto';
import { countOpenedBy, probeDataKey, rotateDataKey } from '~/cloudfunctions/local/rekey';
import { KeyError, keyFilePath, loadKeys, newKeys, writeKeyFile, type Env } from '~/cloudfunctions/local/secrets';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';

/** Writes a fresh key file for `dbPath`; refuses to overwrite one (that would lose the data key). */
export function initKeys(dbPath: string, env: Env = process.env): string {
  const file = keyFilePath(dbPath, env);
  if (!file) throw new KeyError('an in-memory database has no key file');
  if (existsSync(file)) throw new KeyError(`密钥文件已存在 (key file exists, not overwritten): ${file}`);
  writeKeyFile(file, newKeys());
  return file;
}

/** What a rotation did. */
export interface Rotation {
  rewritten: number;
  keyFile: string | null;
}

/** Rotates the data key of the database at `dbPath` (see the header); the server must be stopped. */
export async function rotateKey(dbPath: string, env: Env = process.env): Promise<Rotation> {
  if (!existsSync(dbPath)) throw new KeyError(`no database at ${dbPath}`);
  const fromEnv = Boolean(env.DATA_KEY);
  const given = env.NEW_DATA_KEY;
  if (fromEnv && !given) {
    throw new KeyError(
      'DATA_KEY comes from the environment: set NEW_DATA_KEY (32 bytes, base64: `openssl rand -base64 32`), ' +
        'run again, then put the new key in DATA_KEY',
    );
  }
  const to = given ? parseDataKey(given) : newKeys().dataKey;
  if (!to) throw new KeyError('NEW_DATA_KEY must be 32 bytes, base64');
  const store = openSqliteStore(dbPath);
  try {
    // The current keys, as the server would load them (refusing a key that does not open the data).
    const keys = await loadKeys({ store, dbPath, production: true, env });
    const file = keyFilePath(dbPath, env);
    const next = file ? `${file}.next` : null;
    // The new key is on disk before the data changes: a crash after the commit leaves it in keys.json.next.
    if (next && !fromEnv) writeKeyFile(next, { ...keys, dataKey: to });
    const rewritten = rotateDataKey(store.db, keys.dataKey, to);
    if (countOpenedBy(store.db, keys.dataKey) !== 0 || probeDataKey(store.db, to) === 'wrong') {
      throw new KeyError('rotation verification failed after commit: keep keys.json.next, it holds the new key');
    }
    if (next && file && !fromEnv) writeKeyFile(file, { ...keys, dataKey: to });
    if (next) rmSync(next, { force: true });
    return { rewritten, keyFile: fromEnv ? null : file };
  } finally {
    await store.close();
  }
}

function dbArg(argv: string[]): string {
  const i = argv.indexOf('--db');
  return resolve(i >= 0 && argv[i + 1] ? argv[i + 1] : process.env.DB_PATH || '.data/pioneer.db');
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const db = dbArg(rest);
  if (command === 'init') {
    console.log(`已写入新的密钥文件 (wrote a new key file, mode 0600): ${initKeys(db)}`);
  } else if (command === 'rotate') {
    const done = await rotateKey(db);
    console.log(
      `数据密钥已更换 (data key rotated): ${done.rewritten} values re-encrypted in ${db}; ` +
        (done.keyFile ? `new key in ${done.keyFile}` : 'now set DATA_KEY to NEW_DATA_KEY before starting'),
    );
  } else {
    throw new KeyError('usage: tsx scripts/keys.ts init|rotate [--db path]');
  }
}

// tsx runs this package as CommonJS, so `require.main` tells the command line from an import.
if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
