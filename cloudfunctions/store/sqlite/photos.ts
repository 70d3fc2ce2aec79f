/** The embedded store's evidence photos (table `photos`, migration 3). */
import type Database from 'better-sqlite3';
import type { PhotoRow, Store } from '../port';

interface PhotoDbRow {
  id: string;
  owner: string;
  mime: PhotoRow['mime'];
  bytes: Buffer;
  created_at: number;
}

/** Prepares the statements and builds `store.photos` over one connection. */
export function photoParts(db: Database.Database): Store['photos'] {
  const insert = db.prepare<[string, string, string, Buffer, number]>(
    'INSERT INTO photos (id, owner, mime, bytes, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const byId = db.prepare<[string], PhotoDbRow>('SELECT * FROM photos WHERE id = ?');
  const countOwned = db
    .prepare<[string, string], number>(
      'SELECT count(*) FROM photos WHERE owner = ? AND id IN (SELECT DISTINCT value FROM json_each(?))',
    )
    .pluck();
  const deleteByOwner = db.prepare<[string]>('DELETE FROM photos WHERE owner = ?');
  return {
    put: async (p) => {
      insert.run(p.id, p.owner, p.mime, p.bytes, p.createdAt);
    },
    get: async (id) => {
      const r = byId.get(id);
      return r ? { id: r.id, owner: r.owner, mime: r.mime, bytes: r.bytes, createdAt: r.created_at } : null;
    },
    countOwned: async (owner, ids) => (ids.length ? (countOwned.get(owner, JSON.stringify(ids)) ?? 0) : 0),
    deleteByOwner: async (owner) => deleteByOwner.run(owner).changes,
  };
}
