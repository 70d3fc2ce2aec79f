/**
 * The SQLite schema of the first release and the migration mechanism kept for after it: the squashed schema is the
 * exact end state of the development steps (test/support/sqlite-schema-steps.sql), a file those steps made is
 * adopted, a later step runs once and all-or-nothing, and a file newer than the code is refused untouched.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { migrate } from '~/cloudfunctions/store/sqlite/migrate';
import { BASE_VERSION, MIGRATIONS, type Migration } from '~/cloudfunctions/store/sqlite/schema';
import { fixture } from './store-fixture';

const STEPS_SQL = readFileSync(join(__dirname, '../support/sqlite-schema-steps.sql'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'store-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const tempFile = () => join(dir, `f${files++}.db`);

/** SQL text without what SQLite's ALTER and RENAME leave behind: quotes, line breaks, spaces beside punctuation. */
function normal(sql: string | null): string | null {
  return sql === null
    ? null
    : sql
        .replace(/"/g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([(),])\s*/g, '$1')
        .trim();
}

/** Everything SQLite says about a schema: each object's SQL, and each table's columns, keys and indexes. */
function describeSchema(db: Database.Database): Record<string, unknown> {
  const objects = db
    .prepare(`SELECT type, name, tbl_name AS tbl, sql FROM sqlite_master ORDER BY type, name`)
    .all() as { type: string; name: string; tbl: string; sql: string | null }[];
  const out: Record<string, unknown> = {};
  for (const o of objects) {
    out[`${o.type} ${o.name}`] = { tbl: o.tbl, sql: normal(o.sql) };
    if (o.type !== 'table') continue;
    out[`columns ${o.name}`] = db.prepare(`SELECT * FROM pragma_table_xinfo(?)`).all(o.name);
    out[`keys ${o.name}`] = db.prepare(`SELECT * FROM pragma_foreign_key_list(?)`).all(o.name);
    const indexes = db.prepare(`SELECT * FROM pragma_index_list(?) ORDER BY name`).all(o.name) as { name: string }[];
    out[`indexes ${o.name}`] = indexes.map((ix) => ({
      ...ix,
      columns: db.prepare(`SELECT * FROM pragma_index_xinfo(?)`).all(ix.name),
    }));
  }
  return out;
}

/** A file as the development steps left it: their tables plus the runner's record of all eight steps. */
function fileOfSteps(lastStep = 8): string {
  const file = tempFile();
  const db = new Database(file);
  db.exec(STEPS_SQL);
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
    const stepped = new Database(':memory:');
    stepped.exec(STEPS_SQL);
    // SCHEMA alone (no later steps): the first release's shape.
    const squashed = new Database(':memory:');
    migrate(squashed, []);
    const expected = describeSchema(stepped);
    expect(Object.keys(expected).length).toBeGreaterThan(60);
    expect(describeSchema(squashed)).toEqual(expected);
    stepped.close();
    squashed.close();
  });

  it('makes a new file at the latest version, and reopening it changes nothing', async () => {
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
