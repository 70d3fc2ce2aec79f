/** The database file of the local runtime: readable and writable by its owner only. */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Makes sure the database file exists with mode 0600 (owner only) before SQLite opens it, and narrows an older
 * file's mode. SQLite gives its -wal and -shm files the database file's mode.
 */
export function ownerOnlyDatabase(dbPath: string): void {
  if (dbPath === ':memory:') return;
  mkdirSync(dirname(dbPath), { recursive: true, mode: 0o700 });
  if (!existsSync(dbPath)) closeSync(openSync(dbPath, 'a', 0o600));
  for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}
