/**
 * Admin files (plate sheets, exports, import uploads) live in file storage, never inside a call's payload: cloud
 * storage on WeChat (functions/storage.ts over wx-server-sdk), an in-memory store on the local runtime
 * (local/file-store.ts). Handlers see only this port.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { AppError } from '~/types/errors';

/** What a handler may do with stored files. */
export interface FileStore {
  /** Stores `bytes` at `path` (no leading slash); answers the file's id (a CloudBase fileID on WeChat). */
  put(path: string, bytes: Buffer): Promise<string>;
  /** The bytes of a file; NOT_FOUND when it is missing, FILE_TOO_LARGE past `maxBytes`. */
  get(fileId: string, maxBytes: number): Promise<Buffer>;
  /** A link that downloads the file for a day (a temporary URL on WeChat, a path of the local runtime). */
  url(fileId: string): Promise<string>;
  /** Deletes files; missing ones are not an error (a sweep may come twice). */
  remove(fileIds: string[]): Promise<void>;
  /** The storage path of an id this store could have made, or null for anything else. */
  pathOf(fileId: string): string | null;
}

/** A stored file as a reply names it. */
export interface StoredFile {
  fileId: string;
  /** Temporary download link (a day). */
  url: string;
  /** The Chinese file name to save or forward it as. */
  filename: string;
}

/**
 * The caller's own folder tag: a keyed hash of their openid (never the openid itself, which a path would leak to
 * whoever reads storage listings). Another admin cannot name a path under it without the key.
 */
export function ownerTag(key: string, openid: string): string {
  return createHmac('sha256', key).update(`files:${openid}`).digest('hex').slice(0, 20);
}

/** A fresh path `<area>/<tag>/<random>/<name>` under the caller's folder. */
export function ownPath(area: 'imports' | 'exports' | 'sheets', tag: string, name: string): string {
  return `${area}/${tag}/${randomBytes(8).toString('hex')}/${name}`;
}

/** The files of a context; INTERNAL when the runtime gave none (a wiring mistake, never the user's). */
export function filesOf(ctx: { files?: FileStore }): FileStore {
  if (!ctx.files) throw new AppError('INTERNAL');
  return ctx.files;
}
