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
import { AddressBudget, type HourlyBudget } from '../memory/hourly-budget';
import { imageKind } from '../domain/requests/image-bytes';
import { BodyTooLarge, readBody, sendJson } from './http-util';

/** Uploads per identity per minute: enough for three photos and their retries. */
export const UPLOADS_PER_MINUTE = 12;
/** Uploads per client address per minute: a shared network of a few people, not a client rotating cookies. */
export const UPLOADS_PER_ADDRESS = 24;
/**
 * Photo bytes one client address may upload in an hour: 16 photos at the 2 MB limit, about a hundred as the app
 * compresses them (a village office's shared network at its busiest). An IPv6 /56 may upload 8 times as much.
 */
export const ADDRESS_PHOTO_BYTES_PER_HOUR = 32 * 1024 * 1024;
/**
 * Photo bytes one client address may upload in a day (a /56: 8 times as much): a resident attaches at most a few
 * photos of 2 MB, a village office's network a few dozen residents' worth. Filling the store (TOTAL_PHOTO_BYTES)
 * then takes 32 addresses a whole day, where the hourly amount alone let 3 addresses fill it.
 */
export const ADDRESS_PHOTO_BYTES_PER_DAY = 64 * 1024 * 1024;
/** Said when an address has uploaded its day's bytes. */
export const PHOTOS_TODAY_TEXT = '这个网络今天上传的照片太多了，请明天再试或联系工作人员';
/** Photo bytes one identity may hold: a pre-application's 3 photos and 3 per supplement, several times over. */
export const OWNER_PHOTO_BYTES = 40 * 1024 * 1024;
/**
 * Photo bytes the whole runtime may hold that no one has dealt with yet (env MAX_PHOTO_STORE_MB overrides): photos
 * not attached to anything, and those of legal-aid applications not yet decided (PhotosPort.usage). Photos of a
 * decided application are the case's evidence and stay, but no longer hold this room: the office's decision, made
 * within its promise, frees what a flood of junk applications took, so it cannot block residents' uploads for good.
 * What the store keeps for good grows only as fast as the offices decide cases.
 */
export const TOTAL_PHOTO_BYTES = 2 * 1024 * 1024 * 1024;
/** Photos never attached to a request are deleted this long after their upload (the timer's sweep). */
export const ORPHAN_PHOTO_MS = 24 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

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
  /** …and today (ADDRESS_PHOTO_BYTES_PER_DAY: addressBytesToday() makes it). */
  addressBytesToday: AddressBudget;
}

/** The budget of bytes uploaded per client address (and /56) in a day, one per server. */
export const addressBytesToday = () => new AddressBudget(ADDRESS_PHOTO_BYTES_PER_DAY, DAY_MS);

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
  // The day's amount is named first: when it is spent, waiting an hour does not help.
  const day = deps.addressBytesToday;
  const spent = (budget: AddressBudget) => who.address !== null && budget.spent(who.address, deps.now());
  const held = spent(day) ? PHOTOS_TODAY_TEXT : spent(deps.addressBytes) ? REQUEST_TEXT.photosThisHour : null;
  if (held) {
    req.resume();
    return send(res, failure('RATE_LIMITED', held), headers);
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
  // The header is the client's word; the first bytes are the file's (the same rule as for cloud uploads).
  if (imageKind(bytes) !== mime) {
    return send(res, failure('INVALID_INPUT', REQUEST_TEXT.onlyImages), headers);
  }
  const now = deps.now();
  const address = who.address;
  if (address) {
    deps.addressBytes.add(address, bytes.length, now);
    day.add(address, bytes.length, now);
  }
  const fileId = `f${randomBytes(12).toString('hex')}`;
  try {
    await deps.store.photos.put({ id: fileId, owner: openid, mime, bytes, createdAt: now });
  } catch (err) {
    // Nothing was stored (a full disk): the bytes do not count against the address's hour and day.
    if (address) {
      deps.addressBytes.give(address, bytes.length, now);
      day.give(address, bytes.length, now);
    }
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
