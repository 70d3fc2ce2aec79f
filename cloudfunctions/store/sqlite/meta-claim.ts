/** meta.claim on SQLite: an insert that leaves an existing key alone, then the key's value, in one transaction. */
import type Database from 'better-sqlite3';
import { writeTransaction } from './write-transaction';

/** The claim function of one connection (statements prepared once). */
export function metaClaimer(
  db: Database.Database,
): (key: string, value: string) => { claimed: boolean; value: string } {
  const insert = db.prepare<[string, string]>(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING',
  );
  const read = db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck();
  const claim = writeTransaction(db, (key: string, value: string) => {
    if (insert.run(key, value).changes === 1) return { claimed: true, value };
    return { claimed: false, value: read.get(key) ?? value };
  });
  return claim;
}
