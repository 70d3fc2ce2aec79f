/**
 * A network export with the posts of an import CSV (the 批量导入 file: UTF-8 or GBK) added to a base network from
 * SQLite. The CSV goes through the app's own import (admin.checkImport / admin.importPosts, as a city admin would
 * run it) on a scratch copy of the base, so every rule of the import applies and the base file is never changed;
 * a file with any bad row is refused with its report. Its coordinates are read in `datum` (see the import page).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { ImportPostsInputSchema } from '~/types/api/network';
import { importUploadPath } from '~/cloudfunctions/domain/admin/import/file';
import { createLocalFileStore } from '~/cloudfunctions/local/file-store';
import { AppError } from '~/types/errors';
import type { Datum } from '~/types/gcj02';
import { checkImport, importPosts } from '~/cloudfunctions/domain/admin/import/routes';
import { NO_PUSH, type HandlerContext } from '~/cloudfunctions/domain/context';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import type { NetworkExport } from './network-files';
import { networkFromSqlite } from './network-sources';

const OPERATOR = 'export-cloud-cli';

/** The base network plus the CSV's posts; answers the export and how many posts the CSV added. */
export async function networkWithCsv(
  baseDb: string,
  csvFile: string,
  now: number,
  datum: Datum = 'wgs84',
): Promise<{ data: NetworkExport; created: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'pp-export-csv-'));
  const scratch = join(dir, 'network.db');
  try {
    // A backup, not a file copy: a database in WAL mode may hold recent writes outside its main file.
    const base = new Database(baseDb, { readonly: true, fileMustExist: true });
    await base.backup(scratch);
    base.close();
    const store = openSqliteStore(scratch);
    let created = 0;
    try {
      const [city] = await store.regions.byLevel('city');
      if (!city) throw new Error(`export: ${baseDb} holds no city region to import posts into`);
      const files = createLocalFileStore(() => now);
      const ctx: HandlerContext = {
        store,
        identity: {
          openid: OPERATOR,
          user: {
            openid: OPERATOR,
            role: 'admin',
            regionCode: city.code,
            label: '导出',
            volunteerId: null,
            serviceId: null,
          },
        },
        now: () => now,
        // The import reads no secret but the salt of the operator's own upload folder, and checks no user text.
        secrets: { visitorSalt: OPERATOR, dataKey: Buffer.alloc(0) },
        contentChecker: { check: async () => 'pass' as const },
        pusher: NO_PUSH,
        files,
      };
      // As the app does it: the file is uploaded once to the admin's own import folder, then named by its id.
      const fileId = await files.put(importUploadPath(ctx), readFileSync(csvFile));
      const input = {
        fileId,
        filename: basename(csvFile),
        datum,
        goodOnly: false,
        offset: 0,
      };
      const parsed = v.safeParse(ImportPostsInputSchema, input);
      if (!parsed.success) throw new Error(`export: ${csvFile}: ${parsed.issues[0].message}`);
      const report = await checkImport.handle(ctx, { fileId, datum });
      if (report.bad > 0) {
        const lines = report.problems.slice(0, 20).map((p) => `  第${p.row}行 ${p.field}：${p.reason}`);
        throw new Error(`export: ${csvFile} has ${report.bad} bad row(s); nothing was exported:\n${lines.join('\n')}`);
      }
      for (let offset = 0; ;) {
        const progress = await importPosts.handle(ctx, { ...input, offset });
        created += progress.created;
        offset = progress.done;
        if (offset >= progress.total) break;
      }
    } catch (err) {
      if (err instanceof AppError) throw new Error(`export: ${csvFile}: ${err.message}`);
      throw err;
    } finally {
      await store.close();
    }
    return { data: networkFromSqlite(scratch), created };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
