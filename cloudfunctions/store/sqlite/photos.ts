/** The embedded store's evidence photos (table `photos`). */
import type Database from 'better-sqlite3';
import { AID_LIFECYCLE } from '~/types/lifecycle';
import type { PhotoRow, PhotosPort } from '../port';

/** The statuses of a decided legal-aid application (approved, declined): nothing more happens to it. */
const DECIDED = JSON.stringify(
  Object.entries(AID_LIFECYCLE.statuses)
    .filter(([, rule]) => rule.final)
    .map(([status]) => status),
);

/**
 * The owner's legal-aid applications naming the photo in their photos field (`and` narrows them further). Photos are
 * kept there as ids joined by newlines, supplements appended; ids are 24 random hex digits, so a substring of that
 * field is a reference, never a coincidence. Only that field: an id a resident writes into a question's text or an
 * application's facts holds no photo.
 */
const naming = (and = '') =>
  `SELECT 1 FROM requests r WHERE r.owner = photos.owner AND r.kind = 'aid' ${and}
     AND instr(json_extract(r.payload, '$.photos'), photos.id) > 0`;

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
  const byOwner = db.prepare<[string, number], Omit<PhotoDbRow, 'bytes'>>(
    'SELECT id, owner, mime, created_at FROM photos WHERE owner = ? ORDER BY created_at, id LIMIT ?',
  );
  const deleteByOwner = db.prepare<[string]>('DELETE FROM photos WHERE owner = ?');
  // The total leaves out photos every application naming them has been decided on (local/uploads.ts
  // TOTAL_PHOTO_BYTES): kept as the case's evidence, they no longer hold the room of those still waiting.
  const usage = db.prepare<[string, string, string], { owner: number | null; total: number | null }>(
    `SELECT sum(CASE WHEN owner = ? THEN length(bytes) END) AS owner,
       sum(CASE WHEN EXISTS (${naming('AND r.status IN (SELECT value FROM json_each(?))')})
         AND NOT EXISTS (${naming('AND r.status NOT IN (SELECT value FROM json_each(?))')})
         THEN 0 ELSE length(bytes) END) AS total
     FROM photos`,
  );
  const sweep = db.prepare<[number]>(
    `DELETE FROM photos WHERE created_at < ?
       AND NOT EXISTS (${naming()})
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
    byOwner: async (owner, limit) =>
      byOwner.all(owner, limit).map((r) => ({ id: r.id, owner: r.owner, mime: r.mime, createdAt: r.created_at })),
    deleteByOwner: async (owner) => deleteByOwner.run(owner).changes,
    usage: async (owner) => {
      const r = usage.get(owner, DECIDED, DECIDED);
      return { owner: r?.owner ?? 0, total: r?.total ?? 0 };
    },
    sweepOrphans: async (before) => sweep.run(before).changes,
  };
}
