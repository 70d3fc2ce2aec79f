/**
 * The import file, uploaded once to the admin's own folder (`imports/<tag>/…`) and named by its id on every
 * check and batch: read from file storage (capped at IMPORT_MAX_BYTES), kept in this container for the batches
 * that follow, and deleted when the import has finished or when the admin brings another file.
 */
import { IMPORT_MAX_BYTES } from '~/types/api/network';
import { AppError } from '~/types/errors';
import type { HandlerContext } from '../../context';
import { callerTag } from '../../files/own';
import { filesOf, ownPath } from '../../files/port';
import { FILE_TEXTS } from './decode';

/** Files kept per container, and for how long: one import's batches come a few seconds apart. */
const CACHE_FILES = 4;
const CACHE_MS = 10 * 60 * 1000;
const cache = new Map<string, { bytes: Buffer; at: number }>();

const currentKey = (tag: string) => `files.imports.${tag}`;

/** Where the app uploads its next import file (under the caller's folder). */
export function importUploadPath(ctx: HandlerContext): string {
  return ownPath('imports', callerTag(ctx), 'import.csv');
}

/** The bytes of the caller's own import file; FILE_NOT_FOUND for anyone else's, or for a path outside imports/. */
export async function readImportFile(ctx: HandlerContext, fileId: string): Promise<Buffer> {
  const files = filesOf(ctx);
  const tag = callerTag(ctx);
  const path = files.pathOf(fileId);
  if (!path || !path.startsWith(`imports/${tag}/`)) throw new AppError('FILE_NOT_FOUND');
  const hit = cache.get(fileId);
  if (hit && ctx.now() - hit.at < CACHE_MS) return hit.bytes;
  let bytes: Buffer;
  try {
    bytes = await files.get(fileId, IMPORT_MAX_BYTES);
  } catch (err) {
    if (err instanceof AppError && err.code === 'FILE_TOO_LARGE')
      throw new AppError('IMPORT_UNREADABLE', FILE_TEXTS.tooBig);
    throw err;
  }
  cache.set(fileId, { bytes, at: ctx.now() });
  for (const key of cache.keys()) if (cache.size > CACHE_FILES) cache.delete(key);
  // The admin's previous import file, if another, is done with: one file per admin stays in storage.
  const previous = await ctx.store.meta.get(currentKey(tag));
  if (previous !== fileId) {
    await ctx.store.meta.set(currentKey(tag), fileId);
    if (previous) await discardImportFile(ctx, previous);
  }
  return bytes;
}

/** Deletes an import file (finished, or replaced); a failed delete is logged, never the admin's problem. */
export async function discardImportFile(ctx: HandlerContext, fileId: string): Promise<void> {
  cache.delete(fileId);
  await filesOf(ctx)
    .remove([fileId])
    .catch((err: unknown) => console.error('[import] file not deleted', err));
}
