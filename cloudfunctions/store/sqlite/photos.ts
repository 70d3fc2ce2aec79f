/** The embedded store's evidence photos (table `photos`). */
import type Database from 'better-sqlite3';
import type { PhotoRow, PhotosPort } from '../port';

interface PhotoDbRow {
  id: string;
  owner: string;
  mime: PhotoRow['mime'];
  bytes: Buffer;
  created_at: number;
}

/** Prepares the statements and builds `store.photos` over one connection. */
export function sqlitePhotos(db: Database.Database): PhotosPort {
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
  const usage = db.prepare<[string], { owner: number | null; total: number | null }>(
    'SELECT sum(CASE WHEN owner = ? THEN length(bytes) END) AS owner, sum(length(bytes)) AS total FROM photos',
  );
  // Photo ids are 24 random hex digits: a substring of the owner's request payloads (photos are kept there as
  // text, supplements appended) is a reference, never a coincidence.
  const sweep = db.prepare<[number]>(
    `DELETE FROM photos WHERE created_at < ?
       AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.owner = photos.owner AND instr(r.payload, photos.id) > 0)
       AND NOT EXISTS (SELECT 1 FROM volunteers v WHERE v.photo_file_id = photos.id)`,
  );
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
    usage: async (owner) => {
      const r = usage.get(owner);
      return { owner: r?.owner ?? 0, total: r?.total ?? 0 };
    },
    sweepOrphans: async (before) => sweep.run(before).changes,
  };
}
