/** admin.checkImport and admin.importPosts: a CSV file of posts, checked as a whole, then written batch by batch. */
import { adminRoute } from '../route';
import { ImportUploadInputSchema, type ImportUploadData } from '~/types/api/files';
import {
  CheckImportInputSchema,
  IMPORT_BATCH,
  IMPORT_MAX_BYTES,
  ImportPostsInputSchema,
  type ImportProgress,
  type ImportReport,
} from '~/types/api/network';
import type { Post } from '~/types/domain';
import { AppError } from '~/types/errors';
import type { PostHistoryRow } from '~/cloudfunctions/store/port';
import { auditEntry } from '../../audit/write';
import type { Route } from '../../context';
import { parentsOf, POST_RADIUS_M } from '../posts/create';
import { IdSequencer } from '../posts/ids';
import { POST_TEXTS, POST_HISTORY_TEXTS } from '../posts/texts';
import { checkFile } from './check';
import { discardImportFile, importUploadPath, readImportFile } from './file';

/** admin.importUpload: the path under the admin's own folder where the app uploads the file (WeChat). */
export const importUpload: Route<typeof ImportUploadInputSchema, ImportUploadData> = {
  schema: ImportUploadInputSchema,
  roles: ['admin'],
  perMinute: 30,
  handle: async (ctx) => ({ cloudPath: importUploadPath(ctx), maxBytes: IMPORT_MAX_BYTES }),
};

const hasErrors = (bad: number) => `文件中有${bad}行错误，未导入任何一行；请修改后重试，或选择只导入无误的行`;

/** admin.checkImport: the report only; nothing is written. */
export const checkImport: Route<typeof CheckImportInputSchema, ImportReport> = adminRoute(
  CheckImportInputSchema,
  30,
  async (ctx, input, { scope, openid }) => {
    const bytes = await readImportFile(ctx, input.fileId);
    try {
      return (
        await checkFile(ctx.store, scope, bytes, input.datum, { checker: ctx.contentChecker, openid, now: ctx.now() })
      ).report;
    } catch (err) {
      // A file that cannot be read will not be imported: the admin chooses another.
      if (err instanceof AppError && err.code === 'IMPORT_UNREADABLE') await discardImportFile(ctx, input.fileId);
      throw err;
    }
  },
);

/**
 * admin.importPosts: rows [offset, offset + IMPORT_BATCH) of the file's valid rows, in one posts.create. The valid
 * rows include those already stored (skipped), so the same offsets name the same rows on every call of one import,
 * and a retried call writes nothing twice. `total` and `done` count valid rows.
 */
export const importPosts: Route<typeof ImportPostsInputSchema, ImportProgress> = adminRoute(
  ImportPostsInputSchema,
  120,
  async (ctx, input, { scope, openid }) => {
    const bytes = await readImportFile(ctx, input.fileId);
    const checked = await checkFile(ctx.store, scope, bytes, input.datum, {
      checker: ctx.contentChecker,
      openid,
      now: ctx.now(),
    });
    const { report, valid } = checked;
    if (report.bad > 0 && !input.goodOnly) throw new AppError('IMPORT_HAS_ERRORS', hasErrors(report.bad));
    const total = valid.length;
    const batch = valid.slice(input.offset, input.offset + IMPORT_BATCH).filter((r) => !r.existing);
    const done = Math.min(input.offset + IMPORT_BATCH, total);
    // The last batch (or a call past it): once it is stored the file has served, and storage keeps nothing of it.
    // Discarded after the write, so a last batch that fails can be sent again.
    const served = async () => {
      if (done >= total) await discardImportFile(ctx, input.fileId);
    };
    if (batch.length === 0) {
      await served();
      return { report, created: 0, done, total, postIds: [] };
    }

    const ids = new IdSequencer();
    for (const id of checked.usedIds) ids.takeAny(id);
    const now = ctx.now();
    const file = input.filename ? `「${input.filename}」` : '';
    const posts: Post[] = [];
    const history: PostHistoryRow[] = [];
    for (const r of batch) {
      const village = checked.villages.get(r.villageCode)!;
      const id = r.id ?? ids.next(village.code);
      posts.push({
        id,
        name: r.name,
        address: r.address,
        villageCode: village.code,
        ...parentsOf(village),
        lat: r.lat,
        lng: r.lng,
        radiusM: POST_RADIUS_M,
        status: 'active',
        createdAt: now,
      });
      history.push({
        postId: id,
        at: now,
        by: openid,
        action: 'import',
        summary: POST_HISTORY_TEXTS.imported(file, r.row),
      });
    }
    // The batch and its audit entry are one unit.
    const entry = auditEntry(ctx, {
      action: 'posts.import',
      record: `import:${input.filename ?? ''}`.slice(0, 80),
      detail: `${posts.length}个岗位（第${input.offset + 1}–${done}行，共${total}行）`,
    });
    const { taken } = await ctx.store.posts.create(posts, history, entry);
    if (taken.length > 0) throw new AppError('POST_EXISTS', POST_TEXTS.postExists(taken));
    await served();
    return { report, created: posts.length, done, total, postIds: posts.map((p) => p.id) };
  },
);
