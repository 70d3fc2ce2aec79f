/**
 * Runs the schema steps of schema.ts: each not yet recorded in `schema_migrations` runs once, in order, in its own
 * IMMEDIATE transaction, so two processes opening one file at once never apply a step twice.
 */
import type Database from 'better-sqlite3';
import { MIGRATIONS } from './schema';

/** Applies every step not yet recorded; returns the versions it applied (empty when already current). */
export function migrate(db: Database.Database): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const isApplied = db.prepare<[number], number>('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const record = db.prepare<[number, string, number]>(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  const applied: number[] = [];
  for (const step of MIGRATIONS) {
    // Checked again inside the write lock: another process may have applied the step since we looked.
    const apply = db.transaction(() => {
      if (isApplied.get(step.version) !== undefined) return;
      db.exec(step.sql);
      record.run(step.version, step.name, Date.now());
      applied.push(step.version);
    });
    apply.immediate();
  }
  return applied;
}
