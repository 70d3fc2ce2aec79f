/**
 * The embedded store's schema: the tables of the first release (SCHEMA, version BASE_VERSION) and the numbered
 * steps that change them after it (MIGRATIONS). migrate.ts makes a new file from SCHEMA, and applies to every file
 * the steps it lacks. The tables themselves are in tables/, one file per group of the port.
 */
import { NETWORK_TABLES } from './tables/network';
import { REQUEST_TABLES } from './tables/requests';
import { SCAN_TABLES } from './tables/scans';

/** The schema version of a file made from SCHEMA (SQLite's `user_version`). */
export const BASE_VERSION = 1;

/** Every table, index and trigger of the first release. */
export const SCHEMA = NETWORK_TABLES + SCAN_TABLES + REQUEST_TABLES;

/** One numbered schema step after the first release. */
export interface Migration {
  /** BASE_VERSION + 1 for the first step, then one more for each. */
  version: number;
  name: string;
  sql: string;
}

/**
 * Steps after the first release, oldest first. Append a step with the SQL that brings a file of the version before
 * it to the new shape, data kept; never edit a released step. SCHEMA stays the first release's: migrate.ts makes a
 * new file from SCHEMA and then applies every step, so new and old files end in the same shape.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 2,
    name: 'meta claims expire',
    // Settings keep a null expiry; only idempotency claims (meta.claim) get one, and the timer sweeps them. The
    // create-post claims made before this step expire a day after it (ms, like every time the store keeps).
    sql: `ALTER TABLE meta ADD COLUMN expires_at INTEGER;
CREATE INDEX meta_by_expiry ON meta (expires_at) WHERE expires_at IS NOT NULL;
UPDATE meta SET expires_at = CAST(unixepoch('now') AS INTEGER) * 1000 + 86400000 WHERE key LIKE 'posts.create.%';`,
  },
];
