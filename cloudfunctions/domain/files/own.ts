/**
 * An admin's generated files (plate sheets, exports) are kept until their next one of the same kind: the ids of the
 * last ones are remembered in the store's meta table and deleted when new ones are made, so storage holds at most
 * one set per admin and kind, with no listing call (wx-server-sdk has none) and no sweep to schedule.
 */
import type { HandlerContext } from '../context';
import { filesOf, ownerTag, ownPath, type StoredFile } from './port';

/** A file name: parts joined by '_', with characters no file system takes replaced. */
export function safeName(parts: string[], ext: string): string {
  return `${parts.join('_').replace(/[\\/:*?"<>|\s]/g, '_')}.${ext}`;
}

/** The caller's tag (their openid keyed with the runtime's salt). */
export function callerTag(ctx: HandlerContext): string {
  return ownerTag(ctx.secrets.visitorSalt, ctx.identity.openid ?? 'anonymous');
}

/** Deletes the caller's kept `kind` files (a resident's 我的数据 file when they delete their data). */
export async function dropOwn(ctx: HandlerContext, kind: 'exports' | 'sheets'): Promise<void> {
  if (!ctx.files) return;
  const key = `files.${kind}.${callerTag(ctx)}`;
  const previous: string[] = JSON.parse((await ctx.store.meta.get(key)) ?? '[]');
  if (previous.length === 0) return;
  await ctx.files.remove(previous);
  await ctx.store.meta.set(key, '[]');
}

/** Stores `outputs` as the caller's `kind` files, deleting their previous ones; answers each with its link. */
export async function keepOwn(
  ctx: HandlerContext,
  kind: 'exports' | 'sheets',
  outputs: Array<{ filename: string; bytes: Buffer }>,
): Promise<StoredFile[]> {
  const files = filesOf(ctx);
  const tag = callerTag(ctx);
  const key = `files.${kind}.${tag}`;
  const previous: string[] = JSON.parse((await ctx.store.meta.get(key)) ?? '[]');
  const stored: StoredFile[] = [];
  for (const o of outputs) {
    const fileId = await files.put(ownPath(kind, tag, o.filename), o.bytes);
    stored.push({ fileId, url: await files.url(fileId), filename: o.filename });
  }
  await ctx.store.meta.set(key, JSON.stringify(stored.map((s) => s.fileId)));
  // A failed delete leaves a small orphan; the new files must still reach the admin.
  await files.remove(previous).catch((err: unknown) => console.error('[files] previous files not deleted', err));
  return stored;
}
