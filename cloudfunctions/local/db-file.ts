/** The database file of the local runtime: readable and writable by its owner only. */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/** The code of a file-system error, or null. */
const codeOf = (err: unknown) => (err as { code?: unknown } | null)?.code ?? null;

/**
 * Makes sure the database file exists with mode 0600 (owner only) before SQLite opens it, and narrows an older
 * file's mode. SQLite gives its -wal and -shm files the database file's mode. A folder on a read-only disk (or one
 * this user may not write) stops the start with a message saying so: the runtime writes every scan, and a server
 * that cannot would answer each with 503.
 */
export function ownerOnlyDatabase(dbPath: string): void {
  if (dbPath === ':memory:') return;
  try {
    mkdirSync(dirname(dbPath), { recursive: true, mode: 0o700 });
    if (!existsSync(dbPath)) closeSync(openSync(dbPath, 'a', 0o600));
    for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
  } catch (err) {
    const code = codeOf(err);
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
      const message =
        `数据库所在的磁盘不可写，服务无法启动 (the database's folder is not writable: ${code} on ${dbPath}); ` +
        'mount it writable, or set DB_PATH to a writable place';
      throw Object.assign(new Error(message), { cause: err });
    }
    throw err;
  }
}
