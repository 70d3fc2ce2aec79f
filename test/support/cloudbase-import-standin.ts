/**
 * CloudBase's database import (数据库导入), stood in over the stand-in database: every file is read with the import
 * format's rules (a malformed line fails the whole file, `$date` becomes a Date, a GeoJSON point a `db.Geo.Point`),
 * only into collections that exist (the import never creates one), in insert mode (an `_id` already stored fails).
 */
import type { ImportFile } from '~/scripts/deploy/network-files';
import { readImportFiles } from '~/scripts/deploy/network-files';
import type { StandinDatabase } from './cloudbase-standin';

const BATCH = 100;

/** Imports every `<collection>.json` of `dir` into the stand-in; throws naming the first problem. */
export async function importIntoStandin(db: StandinDatabase, dir: string): Promise<ImportFile[]> {
  const files = readImportFiles(dir, db.Geo);
  const existing = new Set(await db.admin.listCollections());
  for (const f of files) {
    if (!existing.has(f.collection)) {
      throw new Error(`import: collection ${f.collection} does not exist; run the database setup first`);
    }
  }
  for (const f of files) {
    const stored = new Set(db.dump(f.collection).map((d) => d._id));
    const taken = f.docs.find((d) => stored.has(d._id));
    if (taken) throw new Error(`import: ${f.collection} already holds ${taken._id} (insert mode)`);
    for (let i = 0; i < f.docs.length; i += BATCH) {
      await db.collection(f.collection).add({ data: f.docs.slice(i, i + BATCH) });
    }
  }
  return files;
}
