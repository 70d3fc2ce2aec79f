/**
 * The local runtime's evidence photos: `POST /upload` (a raw JPG or PNG body) and `GET /files/<id>` (owner only).
 * On WeChat the app uploads to cloud storage instead; this is the H5 and test path.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LOCAL_FILE_ID_PATTERN, MAX_PHOTO_BYTES, type UploadReply } from '~/types/api/requests';
import { REQUEST_TEXT } from '../domain/requests/texts';
import { failure } from '../functions/dispatch';
import { rateChecks, type RateLimiter } from '../functions/rate-limit';
import type { PhotoRow, Store } from '../store/port';
import type { HourlyBudget } from '../memory/hourly-budget';
import { BodyTooLarge, readBody, sendJson } from './http-util';

/** Uploads per identity per minute: enough for three photos and their retries. */
export const UPLOADS_PER_MINUTE = 12;
/** Uploads per client address per minute: a shared network of a few people, not a client rotating cookies. */
export const UPLOADS_PER_ADDRESS = 24;
/**
 * Photo bytes one client address may upload in an hour: 16 photos at the 2 MB limit, about a hundred as the app
 * compresses them (a village office's shared network at its busiest). One address can then leave at most 768 MB
 * of unattached photos before the timer sweeps them (ORPHAN_PHOTO_MS), not the whole store.
 */
export const ADDRESS_PHOTO_BYTES_PER_HOUR = 32 * 1024 * 1024;
/** Photo bytes one identity may hold: a pre-application's 3 photos and 3 per supplement, several times over. */
export const OWNER_PHOTO_BYTES = 40 * 1024 * 1024;
/** Photo bytes the whole runtime may hold (env MAX_PHOTO_STORE_MB overrides): the database cannot grow unbounded. */
export const TOTAL_PHOTO_BYTES = 2 * 1024 * 1024 * 1024;
/** Photos never attached to a request are deleted this long after their upload (the timer's sweep). */
export const ORPHAN_PHOTO_MS = 24 * 3600 * 1000;

const MAGIC: Record<PhotoRow['mime'], number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

function mimeOf(header: string | undefined): PhotoRow['mime'] | null {
  const type = (header ?? '').split(';')[0].trim().toLowerCase();
  return type === 'image/jpeg' || type === 'image/png' ? type : null;
}

function send(res: ServerResponse, out: { status: number; result: unknown }, headers: Record<string, string>) {
  sendJson(res, out.status, out.result, headers);
}

/** What the upload routes need from the server. */
export interface UploadDeps {
  store: Store;
  now: () => number;
  limiter: RateLimiter;
  /** Bytes uploaded per client address this hour (ADDRESS_PHOTO_BYTES_PER_HOUR). */
  addressBytes: HourlyBudget;
}

/** The total photo bytes allowed: MAX_PHOTO_STORE_MB when it is a positive number, else TOTAL_PHOTO_BYTES. */
export function totalPhotoBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.MAX_PHOTO_STORE_MB);
  return Number.isFinite(mb) && mb > 0 ? mb * 1024 * 1024 : TOTAL_PHOTO_BYTES;
}

/** Who is uploading: the session's identity and the client address (rate-limit keys). */
export interface Uploader {
  openid: string;
  address: string | null;
}

/** Deletes photos never attached within ORPHAN_PHOTO_MS of their upload; returns how many (the timer's job). */
export function sweepOrphanPhotos(store: Store, now: number): Promise<number> {
  return store.photos.sweepOrphans(now - ORPHAN_PHOTO_MS);
}

/** Handles POST /upload for the caller `openid`; `headers` carry a new session cookie when one was made. */
export async function upload(
  req: IncomingMessage,
  res: ServerResponse,
  deps: UploadDeps,
  who: Uploader,
  headers: Record<string, string>,
): Promise<void> {
  if (req.method !== 'POST') return send(res, failure('METHOD_NOT_ALLOWED'), headers);
  const mime = mimeOf(req.headers['content-type']);
  if (!mime) {
    req.resume();
    return send(res, failure('INVALID_INPUT', REQUEST_TEXT.onlyImages), headers);
  }
  const openid = who.openid;
  const checks = rateChecks('upload', openid, who.address, UPLOADS_PER_MINUTE, UPLOADS_PER_ADDRESS);
  if (!deps.limiter.take(checks, deps.now())) {
    req.resume();
    return send(res, failure('RATE_LIMITED'), headers);
  }
  // Checked before the body is read, so a full store costs no more than the headers; the last photo may pass
  // the cap by at most MAX_PHOTO_BYTES per upload in flight.
  if (who.address && deps.addressBytes.spent(who.address, deps.now())) {
    req.resume();
    return send(res, failure('RATE_LIMITED', REQUEST_TEXT.photosThisHour), headers);
  }
  const used = await deps.store.photos.usage(openid);
  if (used.owner >= OWNER_PHOTO_BYTES || used.total >= totalPhotoBytes()) {
    req.resume();
    return send(res, failure('RATE_LIMITED', REQUEST_TEXT.photoStoreFull), headers);
  }
  let bytes: Buffer;
  try {
    bytes = await readBody(req, MAX_PHOTO_BYTES);
  } catch (err) {
    if (err instanceof BodyTooLarge) return send(res, failure('BODY_TOO_LARGE', REQUEST_TEXT.photoTooLarge), headers);
    throw err;
  }
  // The header is the client's word; the first bytes are the file's.
  const magic = MAGIC[mime];
  if (bytes.length <= magic.length || !magic.every((b, i) => bytes[i] === b)) {
    return send(res, failure('INVALID_INPUT', REQUEST_TEXT.onlyImages), headers);
  }
  const now = deps.now();
  if (who.address) deps.addressBytes.add(who.address, bytes.length, now);
  const fileId = `f${randomBytes(12).toString('hex')}`;
  try {
    await deps.store.photos.put({ id: fileId, owner: openid, mime, bytes, createdAt: now });
  } catch (err) {
    // Nothing was stored (a full disk): the bytes do not count against the address's hour.
    if (who.address) deps.addressBytes.give(who.address, bytes.length, now);
    throw err;
  }
  const reply: UploadReply = { fileId };
  sendJson(res, 200, { ok: true, data: reply }, headers);
}

/**
 * Handles GET /files/<id>: the photo to its owner, or to the handler a live signed link names (`signedFor`, from
 * work.evidence, which audit-logs the view); anyone else, like an unknown id, gets 404.
 */
export async function servePhoto(
  res: ServerResponse,
  store: Store,
  openid: string | null,
  id: string,
  signedFor: (id: string, viewer: string) => boolean = () => false,
) {
  const photo = LOCAL_FILE_ID_PATTERN.test(id) && openid ? await store.photos.get(id) : null;
  if (!photo || !openid || (photo.owner !== openid && !signedFor(id, openid))) {
    return send(res, failure('NOT_FOUND'), {});
  }
  res.writeHead(200, {
    'content-type': photo.mime,
    'content-length': photo.bytes.length,
    // Personal evidence: kept by no cache, the browser's own included (a shared phone, a link that lapses in 5 min).
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(photo.bytes);
}
