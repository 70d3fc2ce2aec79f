/**
 * Brings a database file to the schema of this code, using SQLite's `user_version` as the schema version: a new file
 * gets SCHEMA (the first release) and then every step of MIGRATIONS; an older one gets each step it lacks, once, in
 * order, each in its own IMMEDIATE
 * transaction with the version bump, so a failed step leaves the file as it was and two processes opening one file
 * at once never apply a step twice. A file newer than the code is refused, never written.
 */
import type Database from 'better-sqlite3';
import { BASE_VERSION, MIGRATIONS, SCHEMA, type Migration } from './schema';
import { writeTransaction } from './write-transaction';

/**
 * Files made before the schema was squashed recorded their steps in `schema_migrations`; one that took all of
 * them has exactly SCHEMA's tables (test/cloud/store-sqlite-schema.test.ts compares them), so it is adopted.
 */
const SQUASHED_STEPS = 8;

function version(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function setVersion(db: Database.Database, to: number): void {
  // A pragma cannot take a bound parameter; `to` is an integer from the step list.
  db.pragma(`user_version = ${Math.trunc(to)}`);
}

function checkNumbering(steps: readonly Migration[]): number {
  steps.forEach((step, i) => {
    if (step.version !== BASE_VERSION + 1 + i) {
      throw new Error(`schema step "${step.name}" is numbered ${step.version}, expected ${BASE_VERSION + 1 + i}`);
    }
  });
  return BASE_VERSION + steps.length;
}

/** Creates the first release's tables in a file that has none, or adopts a file of the squashed steps. */
function createOrAdopt(db: Database.Database): void {
  const tables = db.prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
  if (tables.length === 0) {
    db.exec(SCHEMA);
  } else if (tables.includes('schema_migrations')) {
    const last = db.prepare<[], number | null>('SELECT max(version) FROM schema_migrations').pluck().get();
    if (last !== SQUASHED_STEPS) {
      throw new Error(
        `this database was made by an unfinished development schema (step ${last ?? 0} of ${SQUASHED_STEPS}): ` +
          'create it again (npm run seed -- --force)',
      );
    }
    db.exec('DROP TABLE schema_migrations');
  } else {
    throw new Error(`this database has tables but no schema version (${tables.slice(0, 3).join(', ')} …): not ours`);
  }
  setVersion(db, BASE_VERSION);
}

/**
 * Applies what the file lacks of `steps` (default MIGRATIONS); returns the versions reached on the way (BASE_VERSION
 * when the file was created or adopted), empty when it was already current.
 */
export function migrate(db: Database.Database, steps: readonly Migration[] = MIGRATIONS): number[] {
  const latest = checkNumbering(steps);
  const applied: number[] = [];
  const refuseNewer = (at: number) => {
    if (at > latest) {
      throw new Error(
        `database schema version ${at} is newer than this code's ${latest}: run the newer code, or restore a backup`,
      );
    }
  };
  refuseNewer(version(db));
  // A current file is only read: a read-only one still opens.
  if (version(db) === latest) return applied;
  // Every check is made again inside the write lock: another process may have moved the file on since we looked.
  writeTransaction(db, () => {
    refuseNewer(version(db));
    if (version(db) !== 0) return;
    createOrAdopt(db);
    applied.push(BASE_VERSION);
  })();
  for (const step of steps) {
    writeTransaction(db, () => {
      const at = version(db);
      refuseNewer(at);
      if (at >= step.version) return;
      db.exec(step.sql);
      setVersion(db, step.version);
      applied.push(step.version);
    })();
  }
  return applied;
}
