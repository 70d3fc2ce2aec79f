/** What SQLite says about a schema, in a form two schemas can be compared by (store-sqlite-schema.test.ts). */
import type Database from 'better-sqlite3';

/** SQL text without what SQLite's ALTER and RENAME leave behind: quotes, line breaks, spaces beside punctuation. */
export function normalSql(sql: string | null): string | null {
  return sql === null
    ? null
    : sql
        .replace(/"/g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([(),])\s*/g, '$1')
        .trim();
}

/** Everything SQLite says about a schema: each object's SQL, and each table's columns, keys and indexes. */
export function describeSchema(db: Database.Database): Record<string, unknown> {
  const objects = db
    .prepare(`SELECT type, name, tbl_name AS tbl, sql FROM sqlite_master ORDER BY type, name`)
    .all() as { type: string; name: string; tbl: string; sql: string | null }[];
  const out: Record<string, unknown> = {};
  for (const o of objects) {
    out[`${o.type} ${o.name}`] = { tbl: o.tbl, sql: normalSql(o.sql) };
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

/** The statements that make a schema again: its objects' SQL as stored, tables first, then indexes and triggers. */
export function createStatements(db: Database.Database): string[] {
  return db
    .prepare(
      `SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
       ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid`,
    )
    .pluck()
    .all() as string[];
}
