/**
 * meta.claim on SQLite: an insert that leaves an existing key alone, then the key's value, in one transaction. A
 * claim carries `expires_at` (settings have none), so the timer's sweep can delete the claims nobody needs any more.
 */
import type Database from 'better-sqlite3';
import type { MetaPort } from '../port';
import { writeTransaction } from './write-transaction';

/** The claim and sweep functions of one connection (statements prepared once). */
export function metaClaimer(db: Database.Database): Pick<MetaPort, 'claim' | 'sweepClaims'> {
  const insert = db.prepare<[string, string, number]>(
    'INSERT INTO meta (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
  );
  const read = db.prepare<[string], string>('SELECT value FROM meta WHERE key = ?').pluck();
  const sweep = db.prepare<[number]>('DELETE FROM meta WHERE expires_at IS NOT NULL AND expires_at <= ?');
  const claim = writeTransaction(db, (key: string, value: string, expiresAt: number) => {
    if (insert.run(key, value, expiresAt).changes === 1) return { claimed: true, value };
    return { claimed: false, value: read.get(key) ?? value };
  });
  const sweepAll = writeTransaction(db, (now: number) => sweep.run(now).changes);
  return {
    claim: async (key, value, expiresAt) => claim(key, value, expiresAt),
    sweepClaims: async (now) => sweepAll(now),
  };
}
