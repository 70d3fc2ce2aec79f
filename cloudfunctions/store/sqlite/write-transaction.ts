/**
 * The one way this adapter writes in a transaction. better-sqlite3's default BEGIN is DEFERRED: a transaction that
 * reads first and writes later fails at once with SQLITE_BUSY when it meets another connection's writer (a cron or
 * repair run on the same file), since SQLite will not wait while holding a read snapshot. IMMEDIATE takes the write
 * lock at BEGIN, where the busy timeout applies, so such a write waits and then commits (or answers 503).
 */
import type Database from 'better-sqlite3';

/** `fn` as a function that runs it in an IMMEDIATE transaction (nested calls become savepoints, as usual). */
export function writeTransaction<A extends unknown[], R>(
  db: Database.Database,
  fn: (...args: A) => R,
): (...args: A) => R {
  const tx = db.transaction(fn);
  return (...args) => tx.immediate(...args);
}
