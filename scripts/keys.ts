/**
 * The local runtime's keys (cloudfunctions/local/secrets.ts) from the command line:
 * - `npm run keys -- init [--db path]`: writes a fresh key file (mode 0600) beside the database, if there is none.
 * - `npm run rotate-key [-- --db path]`: refused while a server runs on the database (db-lock.ts); re-encrypts every
 *   encrypted value under a new data key in one transaction, verifies it, rebuilds the file so no old ciphertext
 *   stays in its free space, then replaces the key file. Cut off after the commit, the next start finishes it (the
 *   rebuild included, before it serves). The old key comes from DATA_KEY or the
 *   key file; the new one from NEW_DATA_KEY or is made here (when DATA_KEY is in the environment, NEW_DATA_KEY
 *   is required, as this command cannot change the environment: put it in DATA_KEY afterwards). A weak current key
 *   is read all the same (a rotation is how it is replaced); a NEW_DATA_KEY of .env.example is refused.
 * The database is DB_PATH or .data/pioneer.db unless --db; the key file KEY_FILE or `<db dir>/keys.json`.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseDataKey } from '~/cloudfunctions/domain/crypto';
import { holdLock, servedError, servingPid } from '~/cloudfunctions/local/db-lock';
import { isExampleValue } from '~/cloudfunctions/functions/env';
import { countOpenedBy, probeDataKey, rotateDataKey, scrubAfterRotation } from '~/cloudfunctions/local/rekey';
import {
  dropFileDataKey,
  KeyError,
  keyFilePath,
  loadKeys,
  newKeys,
  nextKeyFile,
  syncFolder,
  writeKeyFile,
  type Env,
} from '~/cloudfunctions/local/secrets';
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
  if (given && isExampleValue(given)) throw new KeyError('NEW_DATA_KEY is the example value of .env.example: make one');
  // A running server keeps the old key in memory and would go on writing under it.
  const pid = servingPid(dbPath);
  if (pid !== null) throw servedError(dbPath, pid, 'stop the server before rotating the data key');
  const release = holdLock(dbPath);
  const store = openSqliteStore(dbPath);
  try {
    // The current keys, as the server would load them (refusing a key that does not open the data), weak ones
    // included: a rotation is how a weak data key is replaced.
    const keys = await loadKeys({ store, dbPath, production: true, env, checkStrength: false });
    const file = keyFilePath(dbPath, env);
    const next = file ? nextKeyFile(file) : null;
    // The new key is on disk (flushed) before the data changes: a crash after the commit leaves it in
    // keys.json.next, and the next start finishes the rotation with it (secrets.ts finishRotation).
    if (next && !fromEnv) writeKeyFile(next, { ...keys, dataKey: to });
    const rewritten = rotateDataKey(store.db, keys.dataKey, to);
    if (countOpenedBy(store.db, keys.dataKey) !== 0 || probeDataKey(store.db, to) === 'wrong') {
      throw new KeyError('rotation verification failed after commit: keep keys.json.next, it holds the new key');
    }
    // No old ciphertext left in the file's free space or the log for the old key to open.
    scrubAfterRotation(store.db);
    if (next && file && !fromEnv) writeKeyFile(file, { ...keys, dataKey: to });
    // The key lives in the environment: a copy of the old one in the file goes.
    if (file && fromEnv) dropFileDataKey(file);
    if (next && file) {
      rmSync(next, { force: true });
      syncFolder(dirname(file));
    }
    return { rewritten, keyFile: fromEnv ? null : file };
  } finally {
    await store.close();
    release();
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
