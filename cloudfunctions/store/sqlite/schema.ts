/**
 * The embedded store's schema: the tables of the first release (SCHEMA, version BASE_VERSION) and the numbered
 * steps that change them after it (MIGRATIONS). migrate.ts creates a new file from SCHEMA and then applies every
 * step, as it applies to an older file the steps it lacks: one path for every file, so a step is run by every test
 * that opens a store, not only by the files that were made before it. The tables are in tables/, one file per group
 * of the port; the steps in steps/.
 */
import { META_CLAIM_EXPIRY } from './steps/meta-claim-expiry';
import { VISITOR_DAY_ROWS } from './steps/visitor-day-rows';
import { SCANS_UNINDEXED_BY_POST } from './steps/scans-unindexed-by-post';
import { VISITOR_LOG } from './steps/visitor-log';
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
 * Steps after the first release, oldest first. Append a step (with the SQL that brings a file to the new shape,
 * data kept) and leave SCHEMA as the first release made it; never edit a released step.
 */
export const MIGRATIONS: readonly Migration[] = [
  VISITOR_DAY_ROWS,
  META_CLAIM_EXPIRY,
  VISITOR_LOG,
  SCANS_UNINDEXED_BY_POST,
];
