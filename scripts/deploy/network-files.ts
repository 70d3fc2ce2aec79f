/**
 * The network (regions, posts, service points, volunteers, bound users and the settings that are not secrets) as
 * CloudBase import files: `<collection>.json`, JSON Lines, in the document shapes the cloudbase adapter writes
 * (`toDoc`), so a load through the console or the deploy kit gives the same documents as `store.load` would.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROMISE_KEY } from '~/cloudfunctions/domain/settings';
import { COLLECTIONS, toDoc } from '~/cloudfunctions/store/cloudbase/docs';
import { decodeFile, encodeFile, IMPORT_GEO } from '~/cloudfunctions/store/cloudbase/import-format';
import type { CloudDoc, CloudGeo } from '~/cloudfunctions/store/cloudbase/sdk';
import type { Dataset } from '~/cloudfunctions/store/port';

/** A network to export: the dataset plus the meta settings worth carrying over. */
export interface NetworkExport extends Dataset {
  settings: Record<string, string>;
}

/**
 * Meta keys that are settings of the network. Everything else in meta is a secret (visitor salt, session secret,
 * data key) or the local runtime's bookkeeping (rollup watermarks), and never leaves the machine.
 */
export const EXPORTED_SETTINGS: readonly string[] = [PROMISE_KEY];

/** The collections a network export writes, in load order. */
export const NETWORK_COLLECTIONS = [
  COLLECTIONS.regions,
  COLLECTIONS.posts,
  COLLECTIONS.services,
  COLLECTIONS.volunteers,
  COLLECTIONS.users,
  COLLECTIONS.meta,
] as const;

/** The documents of each collection, as the adapter would store them. */
export function networkDocs(data: NetworkExport): Map<string, CloudDoc[]> {
  const settings = Object.entries(data.settings).filter(([k]) => EXPORTED_SETTINGS.includes(k));
  return new Map<string, CloudDoc[]>([
    [COLLECTIONS.regions, data.regions.map(toDoc.region)],
    [COLLECTIONS.posts, data.posts.map((p) => toDoc.post(p, IMPORT_GEO))],
    [COLLECTIONS.services, data.services.map((s) => toDoc.service(s, IMPORT_GEO))],
    [COLLECTIONS.volunteers, data.volunteers.map(toDoc.volunteer)],
    [COLLECTIONS.users, data.users.map(toDoc.user)],
    // The shape store.meta.set writes: `{_id: key, value}`.
    [COLLECTIONS.meta, settings.map(([key, value]) => ({ _id: key, value }))],
  ]);
}

/** Writes one import file per collection into `dir`; returns how many documents each holds. */
export function writeNetworkFiles(dir: string, data: NetworkExport): Map<string, number> {
  mkdirSync(dir, { recursive: true });
  const counts = new Map<string, number>();
  for (const [collection, docs] of networkDocs(data)) {
    writeFileSync(join(dir, `${collection}.json`), encodeFile(docs));
    counts.set(collection, docs.length);
  }
  return counts;
}

/** One import file read back: its collection and its documents. */
export interface ImportFile {
  collection: string;
  path: string;
  docs: CloudDoc[];
}

/**
 * Reads every `<collection>.json` of `dir` as CloudBase's import would (see import-format.ts), in load order.
 * Refuses a file whose collection is not a network collection, so a stray file is never loaded by mistake.
 */
export function readImportFiles(dir: string, geo: CloudGeo = IMPORT_GEO): ImportFile[] {
  const names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  const known = new Set<string>(NETWORK_COLLECTIONS);
  const stray = names.filter((n) => !known.has(n.slice(0, -'.json'.length)));
  if (stray.length > 0) throw new Error(`${dir}: ${stray.join(', ')} is not a network collection's import file`);
  if (names.length === 0) throw new Error(`${dir}: no import files (<collection>.json)`);
  return NETWORK_COLLECTIONS.filter((c) => names.includes(`${c}.json`)).map((collection) => {
    const path = join(dir, `${collection}.json`);
    return { collection, path, docs: decodeFile(readFileSync(path, 'utf8'), path, geo) };
  });
}
