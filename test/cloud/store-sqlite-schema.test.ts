/**
 * The SQLite schema of the first release and the migration mechanism kept for after it: the squashed schema is the
 * exact end state of the development steps (test/support/sqlite-schema-steps.json), a file those steps made is
 * adopted, a later step runs once and all-or-nothing, and a file newer than the code is refused untouched.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { migrate } from '~/cloudfunctions/store/sqlite/migrate';
import { BASE_VERSION, MIGRATIONS, SCHEMA, type Migration } from '~/cloudfunctions/store/sqlite/schema';
import { describeSchema } from '../support/sqlite-schema-describe';
import { fixture } from './store-fixture';

/** The end state of the development steps, generated once from them before they were squashed. */
const STEPS: { create: string[]; schema: Record<string, unknown> } = JSON.parse(
  readFileSync(join(__dirname, '../support/sqlite-schema-steps.json'), 'utf8'),
);
const execSteps = (db: Database.Database) => STEPS.create.forEach((sql) => db.exec(sql));
const dir = mkdtempSync(join(tmpdir(), 'store-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const tempFile = () => join(dir, `f${files++}.db`);

/** A file as the development steps left it: their tables plus the runner's record of all eight steps. */
function fileOfSteps(lastStep = 8): string {
  const file = tempFile();
  const db = new Database(file);
  execSteps(db);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER)');
  const record = db.prepare('INSERT INTO schema_migrations VALUES (?, ?, 0)');
  for (let v = 1; v <= lastStep; v++) record.run(v, `step ${v}`);
  db.close();
  return file;
}

const userVersion = (db: Database.Database) => db.pragma('user_version', { simple: true });
const tableNames = (db: Database.Database) =>
  db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();

describe('the squashed schema', () => {
  it('has the very tables, columns, keys, indexes and triggers the development steps ended with', () => {
    // SCHEMA alone (the later steps are tested below): the first release's shape.
    const squashed = new Database(':memory:');
    squashed.exec(SCHEMA);
    expect(Object.keys(STEPS.schema).length).toBeGreaterThan(60);
    expect(describeSchema(squashed)).toEqual(STEPS.schema);
    squashed.close();
  });

  it("is made again by the snapshot's own statements, so a file of the steps can be built from it", () => {
    const stepped = new Database(':memory:');
    execSteps(stepped);
    expect(describeSchema(stepped)).toEqual(STEPS.schema);
    stepped.close();
  });

  it('makes a new file at the latest version (the first release, then every step), and reopening it changes nothing', async () => {
    const file = tempFile();
    const first = openSqliteStore(file);
    expect(userVersion(first.db)).toBe(BASE_VERSION + MIGRATIONS.length);
    await first.load(fixture());
    await first.close();
    const again = openSqliteStore(file);
    expect(migrate(again.db)).toEqual([]);
    expect(userVersion(again.db)).toBe(BASE_VERSION + MIGRATIONS.length);
    expect(await again.posts.byId('P001')).toEqual(fixture().posts[0]);
    await again.close();
  });

  it('adopts a file the development steps made: data kept, their bookkeeping gone', async () => {
    const file = fileOfSteps();
    const seeded = openSqliteStore(file);
    await seeded.load(fixture());
    expect(userVersion(seeded.db)).toBe(BASE_VERSION + MIGRATIONS.length);
    expect(tableNames(seeded.db)).not.toContain('schema_migrations');
    await seeded.close();
    const again = openSqliteStore(file);
    expect((await again.volunteers.forPost('P001', 10)).length).toBeGreaterThan(0);
    await again.close();
  });

  it('refuses a file of unfinished development steps with what to do, writing nothing', () => {
    const file = fileOfSteps(7);
    expect(() => openSqliteStore(file)).toThrow(/unfinished development schema \(step 7 of 8\).*seed -- --force/);
    const db = new Database(file);
    expect(userVersion(db)).toBe(0);
    expect(tableNames(db)).toContain('schema_migrations');
    db.close();
  });
});

describe('the scans table (扫码记录) at the latest version', () => {
  const scansIndexes = (db: Database.Database) =>
    db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'scans' ORDER BY name`)
      .pluck()
      .all();

  it('keeps no index but its key: every index is one more page written to the WAL by every scan', () => {
    const store = openSqliteStore(tempFile());
    expect(scansIndexes(store.db)).toEqual(['sqlite_autoindex_scans_1']);
    return store.close();
  });

  it('step 5 takes the index by post off a file that has it, and keeps every scan', async () => {
    const file = tempFile();
    const store = openSqliteStore(file);
    await store.load(fixture());
    await store.scans.record(
      {
        scanId: '0190f5a0-0000-7000-8000-000000000001',
        postId: 'P001',
        visitor: 'v1',
        at: Date.UTC(2026, 11, 1),
        source: 'qr',
        distanceM: null,
        inCircle: null,
        cell: null,
      },
      ['P001'],
    );
    // The file as version 4 left it.
    store.db.exec('CREATE INDEX scans_by_post ON scans (post_id, at)');
    store.db.pragma('user_version = 4');
    await store.close();
    const again = openSqliteStore(file);
    expect(userVersion(again.db)).toBe(BASE_VERSION + MIGRATIONS.length);
    expect(scansIndexes(again.db)).toEqual(['sqlite_autoindex_scans_1']);
    expect(await again.scans.count()).toBe(1);
    await again.close();
  });

  it('step 5 also opens a version-4 file whose index was already dropped by hand', async () => {
    const file = tempFile();
    const store = openSqliteStore(file);
    store.db.pragma('user_version = 4');
    await store.close();
    const again = openSqliteStore(file);
    expect(userVersion(again.db)).toBe(BASE_VERSION + MIGRATIONS.length);
    expect(scansIndexes(again.db)).toEqual(['sqlite_autoindex_scans_1']);
    await again.close();
  });
});

describe('migrations after the first release', () => {
  const NEXT = BASE_VERSION + MIGRATIONS.length + 1;
  const addColumn: Migration = {
    version: NEXT,
    name: 'posts: a plate colour',
    sql: `ALTER TABLE posts ADD COLUMN colour TEXT NOT NULL DEFAULT 'red'`,
  };
  const steps = [...MIGRATIONS, addColumn];

  it('runs a new step once, keeping the rows, and records its version', async () => {
    const file = tempFile();
    const store = openSqliteStore(file);
    await store.load(fixture());
    expect(migrate(store.db, steps)).toEqual([NEXT]);
    expect(migrate(store.db, steps)).toEqual([]);
    expect(userVersion(store.db)).toBe(NEXT);
    expect(store.db.prepare(`SELECT DISTINCT colour FROM posts`).pluck().all()).toEqual(['red']);
    expect(await store.posts.byId('P001')).toEqual(fixture().posts[0]);
    await store.close();
  });

  it('leaves the file as it was when a step fails halfway (one transaction with its version)', () => {
    const store = openSqliteStore(':memory:');
    const broken: Migration = {
      version: NEXT,
      name: 'half a step',
      sql: `CREATE TABLE plates (id TEXT PRIMARY KEY); INSERT INTO no_such_table VALUES (1);`,
    };
    expect(() => migrate(store.db, [...MIGRATIONS, broken])).toThrow(/no_such_table/);
    expect(userVersion(store.db)).toBe(BASE_VERSION + MIGRATIONS.length);
    expect(tableNames(store.db)).not.toContain('plates');
    expect(migrate(store.db, steps)).toEqual([NEXT]);
    store.db.close();
  });

  it('refuses a file newer than the code, naming both versions, and does not touch it', () => {
    const file = tempFile();
    openSqliteStore(file).db.close();
    const newer = new Database(file);
    newer.pragma(`user_version = ${NEXT + 3}`);
    newer.close();
    expect(() => openSqliteStore(file)).toThrow(
      new RegExp(`schema version ${NEXT + 3} is newer than this code's ${BASE_VERSION + MIGRATIONS.length}`),
    );
    const db = new Database(file);
    expect(userVersion(db)).toBe(NEXT + 3);
    db.close();
  });

  it('refuses a step list with a gap or a repeat', () => {
    const store = openSqliteStore(':memory:');
    expect(() => migrate(store.db, [...MIGRATIONS, { ...addColumn, version: NEXT + 1 }])).toThrow(/expected/);
    expect(() => migrate(store.db, [...MIGRATIONS, addColumn, addColumn])).toThrow(/expected/);
    expect(userVersion(store.db)).toBe(BASE_VERSION + MIGRATIONS.length);
    store.db.close();
  });
});
