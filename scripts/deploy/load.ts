/**
 * Loads network import files into an environment set up by the kit, through the database import of the manager
 * SDK (DatabaseMigrateImport): each file is uploaded to storage under a one-off prefix, imported into its
 * collection (insert: refuse ids already there; upsert: replace them), followed until it ends, then removed from
 * storage, since it holds volunteers' phone numbers. A collection that does not exist is refused before anything
 * is uploaded: run the database setup first.
 */
import { basename } from 'node:path';
import type { CloudDatabaseAdmin } from '~/cloudfunctions/store/cloudbase/setup';
import type { ImportFile } from './network-files';
import type { ManagerSdk } from './sdk';

/** How imported documents meet documents with the same `_id`. */
export type ConflictMode = 'insert' | 'upsert';

/** Options of a load. */
export interface LoadOptions {
  mode: ConflictMode;
  /** Wait between two progress queries (ms). */
  pollMs: number;
  /** Give up following a job after this long (ms). */
  timeoutMs: number;
  /** Storage prefix of this load's upload, e.g. `tmp/db-imports/<stamp>/`. */
  prefix: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Loads every file; answers one line per collection. Throws naming the collection on the first failure. */
export async function loadFiles(
  sdk: ManagerSdk,
  admin: CloudDatabaseAdmin,
  files: readonly ImportFile[],
  o: LoadOptions,
): Promise<string[]> {
  const existing = new Set(await admin.listCollections());
  const absent = files.filter((f) => !existing.has(f.collection)).map((f) => f.collection);
  if (absent.length > 0) {
    throw new Error(`load: collection ${absent.join(', ')} does not exist; run the deploy's database setup first`);
  }
  const lines: string[] = [];
  for (const file of files) {
    if (file.docs.length === 0) {
      lines.push(`${file.collection}: nothing to load`);
      continue;
    }
    const { JobId } = await sdk.database.import(
      file.collection,
      { FilePath: file.path, FileType: 'json' },
      { ObjectKeyPrefix: o.prefix, StopOnError: true, ConflictMode: o.mode },
    );
    try {
      const started = Date.now();
      for (;;) {
        const s = await sdk.database.migrateStatus(JobId);
        if (s.Status === 'success') {
          if (s.RecordFail > 0 || s.RecordSuccess !== file.docs.length) {
            throw new Error(
              `load: ${file.collection}: ${s.RecordSuccess} of ${file.docs.length} documents imported, ` +
                `${s.RecordFail} failed ${s.ErrorMsg}`.trim(),
            );
          }
          lines.push(`${file.collection}: ${s.RecordSuccess} documents (${o.mode})`);
          break;
        }
        if (s.Status === 'fail') throw new Error(`load: ${file.collection} failed: ${s.ErrorMsg || 'no reason given'}`);
        if (Date.now() - started > o.timeoutMs)
          throw new Error(`load: ${file.collection} still ${s.Status}; see job ${JobId}`);
        await sleep(o.pollMs);
      }
    } finally {
      await sdk.storage.deleteFile([`${o.prefix}${basename(file.path)}`]);
    }
  }
  return lines;
}
