/**
 * The local runtime's file storage for admin files (plate sheets, exports, import uploads): kept in memory for a
 * day, at most MAX_TOTAL bytes (oldest out first). These are short-lived files an admin downloads at once, like
 * CloudBase's temporary links; a restart forgets them and the admin asks again.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '~/types/errors';
import type { FileStore } from '../domain/files/port';

const MAX_TOTAL = 64 * 1024 * 1024;
const TTL_MS = 24 * 3600 * 1000;
/** Ids of the local file store (random, so a link is as hard to guess as a temporary URL). */
export const LOCAL_ADMIN_FILE_ID = /^a[0-9a-f]{24}$/;

interface Entry {
  path: string;
  bytes: Buffer;
  at: number;
}

/** The local store and the lookup its HTTP route uses. */
export interface LocalFileStore extends FileStore {
  /** The stored file of an id (null when missing or expired). */
  read(fileId: string): { path: string; bytes: Buffer } | null;
}

/** A fresh local file store. */
export function createLocalFileStore(now: () => number = Date.now): LocalFileStore {
  const entries = new Map<string, Entry>();
  const live = (id: string) => {
    const e = LOCAL_ADMIN_FILE_ID.test(id) ? entries.get(id) : undefined;
    if (e && now() - e.at > TTL_MS) entries.delete(id);
    return e && entries.has(id) ? e : null;
  };
  const total = () => [...entries.values()].reduce((s, e) => s + e.bytes.length, 0);
  return {
    read: live,
    pathOf: (id) => live(id)?.path ?? null,
    async put(path, bytes) {
      const id = `a${randomBytes(12).toString('hex')}`;
      entries.set(id, { path, bytes: Buffer.from(bytes), at: now() });
      // Map order is insertion order: the first keys are the oldest.
      for (const key of entries.keys()) {
        if (total() <= MAX_TOTAL || key === id) break;
        entries.delete(key);
      }
      return id;
    },
    async get(id, maxBytes) {
      const e = live(id);
      if (!e) throw new AppError('FILE_NOT_FOUND');
      if (e.bytes.length > maxBytes) throw new AppError('FILE_TOO_LARGE');
      return e.bytes;
    },
    async url(id) {
      const e = live(id);
      if (!e) throw new AppError('FILE_NOT_FOUND');
      return `/admin-files/${id}/${encodeURIComponent(e.path.split('/').pop() ?? 'file')}`;
    },
    async remove(ids) {
      for (const id of ids) entries.delete(id);
    },
  };
}
