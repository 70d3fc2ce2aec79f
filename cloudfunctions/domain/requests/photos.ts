/**
 * Evidence photos (证明材料) of a legal-aid pre-application. Locally they are rows of the store (POST /upload); on
 * CloudBase the app uploads to cloud storage under `aid/<openid hash>/`, and a submission may only name files in
 * the caller's own folder. Production also needs a storage security rule so only the owner can read them.
 */
import { CLOUD_FILE_ID_PATTERN, LOCAL_FILE_ID_PATTERN } from '~/types/api/requests';
import { AppError } from '~/types/errors';
import type { HandlerContext } from '../context';
import { visitorHash } from '../visitor';
import { REQUEST_TEXT } from './texts';

/** The caller's cloud-storage folder: a salted hash, so the path does not reveal the openid. */
export function photoFolder(ctx: HandlerContext, openid: string): string {
  return `aid/${visitorHash(ctx.secrets.visitorSalt, openid)}`;
}

// `cloud://<env>.<bucket>/aid/<hash>/<uuid>.jpg`: the path after the bucket must be the caller's folder.
const CLOUD_PHOTO = /^cloud:\/\/[^/]+\/(aid\/[0-9a-f]{32})\/[0-9a-f-]{36}\.jpg$/;

/** Refuses (INVALID_INPUT, nothing written) unless every id is a photo the caller uploaded. */
export async function checkPhotos(ctx: HandlerContext, owner: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  if (new Set(ids).size !== ids.length) throw new AppError('INVALID_INPUT', REQUEST_TEXT.photoExpired);
  const folder = photoFolder(ctx, owner);
  const local = ids.filter((id) => LOCAL_FILE_ID_PATTERN.test(id));
  const cloud = ids.filter((id) => CLOUD_FILE_ID_PATTERN.test(id));
  const cloudOk = cloud.every((id) => CLOUD_PHOTO.exec(id)?.[1] === folder);
  const localOk = local.length === 0 || (await ctx.store.photos.countOwned(owner, local)) === local.length;
  if (local.length + cloud.length !== ids.length || !cloudOk || !localOk) {
    throw new AppError('INVALID_INPUT', REQUEST_TEXT.photoExpired);
  }
}
