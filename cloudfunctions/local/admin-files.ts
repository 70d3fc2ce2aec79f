/**
 * The local runtime's routes of stored files (plate sheets, exports, a resident's 我的数据): `GET
 * /admin-files/<id>/<name>` downloads one to the session that made it, and `POST /admin-files` takes an admin's import file (the raw bytes,
 * at most IMPORT_MAX_BYTES) once, answering `{fileId}` for admin.checkImport and admin.importPosts to refer to,
 * as `Taro.cloud.uploadFile` does on WeChat.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { IMPORT_MAX_BYTES } from '~/types/api/network';
import { ownerTag, ownPath } from '../domain/files/port';
import { failure } from '../functions/dispatch';
import { rateChecks, type RateLimiter } from '../functions/rate-limit';
import type { Store } from '../store/port';
import type { LocalFileStore } from './file-store';
import { BodyTooLarge, readBody, sendJson } from './http-util';

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

/**
 * Serves a stored file as an attachment under its own (Chinese) name, to the session that made it only: its path
 * is `<area>/<owner tag>/…` (files/port.ts ownPath), and `viewerTag` is the caller's tag (null without a session).
 * The id alone is not enough: a resident's 我的数据 holds their full ID number, and a link copied out of a browser's
 * history must not open it. Anyone else gets the same 404 as an unknown id.
 */
export function serveAdminFile(res: ServerResponse, files: LocalFileStore, id: string, viewerTag: string | null): void {
  const file = files.read(id);
  if (!file || viewerTag === null || file.path.split('/')[1] !== viewerTag)
    return answer(res, failure('FILE_NOT_FOUND'));
  const name = file.path.split('/').pop() ?? 'file';
  res.writeHead(200, {
    'content-type': TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
    'content-length': file.bytes.length,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(file.bytes);
}

/** Sends a refusal with its own status. */
function answer(res: ServerResponse, out: ReturnType<typeof failure>): void {
  sendJson(res, out.status, out.result);
}

/** Import files an admin may upload a minute (one per check and import, with retries); the store is shared. */
export const ADMIN_FILES_PER_MINUTE = 10;

/** What the upload needs from the server. */
export interface AdminUploadDeps {
  store: Store;
  files: LocalFileStore;
  /** Key of the owner tag (the runtime's visitor salt, as on the cloud). */
  tagKey: string;
  limiter: RateLimiter;
  now: () => number;
}

/** POST /admin-files: an admin's import file, stored under their own folder. */
export async function uploadAdminFile(
  req: IncomingMessage,
  res: ServerResponse,
  deps: AdminUploadDeps,
  openid: string | null,
  address: string | null,
): Promise<void> {
  const user = openid ? await deps.store.users.byOpenid(openid) : null;
  if (!openid || user?.role !== 'admin') {
    req.resume();
    return answer(res, failure(user ? 'FORBIDDEN' : 'UNAUTHENTICATED'));
  }
  if (!deps.limiter.take(rateChecks('adminFile', openid, address, ADMIN_FILES_PER_MINUTE), deps.now())) {
    req.resume();
    return answer(res, failure('RATE_LIMITED'));
  }
  let bytes: Buffer;
  try {
    bytes = await readBody(req, IMPORT_MAX_BYTES);
  } catch (err) {
    if (err instanceof BodyTooLarge) return answer(res, failure('FILE_TOO_LARGE'));
    throw err;
  }
  if (bytes.length === 0) return answer(res, failure('INVALID_INPUT', '文件是空的'));
  const fileId = await deps.files.put(ownPath('imports', ownerTag(deps.tagKey, openid), 'import.csv'), bytes);
  sendJson(res, 200, { ok: true, data: { fileId } });
}
