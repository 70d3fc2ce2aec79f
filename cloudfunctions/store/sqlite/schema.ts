/**
 * The embedded store's schema: the tables of the first release (SCHEMA, version BASE_VERSION) and the numbered
 * steps that change them after it (MIGRATIONS). migrate.ts creates a new file from SCHEMA and applies to an older
 * file the steps it lacks. The tables themselves are in tables/, one file per group of the port.
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
 * Steps after the first release, oldest first. Append a step (with the SQL that brings a released file to the new
 * shape, data kept) and change SCHEMA to the same end state in the same commit; never edit a released step.
 */
export const MIGRATIONS: readonly Migration[] = [];
