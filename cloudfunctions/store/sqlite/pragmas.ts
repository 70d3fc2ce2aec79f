/** The settings the store's connection opens with (openSqliteStore); the pragma values live only here. */
import type Database from 'better-sqlite3';

/** How long a writer waits for another connection's lock before failing (ms). */
export const BUSY_TIMEOUT_MS = 5000;

/** WAL, NORMAL sync, foreign keys, and a busy timeout: see the notes beside each. */
export function openPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // NORMAL under WAL loses at most the last commits on power loss, never consistency; FULL halves scan throughput.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}
