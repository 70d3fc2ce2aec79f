/**
 * Evidence photos (证明材料) of a legal-aid pre-application. Locally they are rows of the store (POST /upload); on
 * CloudBase the app uploads each into a slot the server issued under the caller's folder (resident.photoSlot,
 * photo-slots.ts), and a submission may only name files of its caller's slots, each checked by its bytes
 * (photo-attach.ts). Only the owner may read them from the app: a storage security rule (storage-rules.json).
 */
import { CLOUD_FILE_ID_PATTERN, LOCAL_FILE_ID_PATTERN } from '~/types/api/requests';
import { AppError } from '~/types/errors';
import type { HandlerContext } from '../context';
import { attachCloudPhotos } from './photo-attach';
import { REQUEST_TEXT } from './texts';

export { photoFolder } from './photo-folder';

const refusal = () => new AppError('INVALID_INPUT', REQUEST_TEXT.photoExpired);

/** Refuses (INVALID_INPUT, nothing written) unless every id is a photo the caller uploaded. */
export async function checkPhotos(ctx: HandlerContext, owner: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  if (new Set(ids).size !== ids.length) throw refusal();
  const local = ids.filter((id) => LOCAL_FILE_ID_PATTERN.test(id));
  const cloud = ids.filter((id) => CLOUD_FILE_ID_PATTERN.test(id));
  if (local.length + cloud.length !== ids.length) throw refusal();
  if (local.length > 0 && (await ctx.store.photos.countOwned(owner, local)) !== local.length) throw refusal();
  if (cloud.length === 0) return;
  // Without cloud storage (the local runtime) a cloud fileID names nothing this runtime could check.
  const evidence = ctx.evidence;
  if (!evidence?.uploads) throw refusal();
  await attachCloudPhotos(ctx, owner, cloud, evidence, evidence.uploads);
}
