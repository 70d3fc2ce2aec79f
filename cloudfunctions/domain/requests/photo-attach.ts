/**
 * Cloud photos named by a submission (resident.applyAid, resident.supplement on CloudBase). Each fileID must be the
 * file of a slot issued to the caller (resident.photoSlot, photo-slots.ts), exactly as the upload got it. A file not
 * yet checked is read back (cloud.downloadFile) and must be a JPG or PNG of at most 2 MB by its own bytes; one that
 * is not is deleted from storage with its slot, and the submission refused. A checked slot keeps its size, so the
 * same photo named again (a retry, a second request) is not read again.
 */
import { MAX_PHOTO_BYTES } from '~/types/api/requests';
import { AppError } from '~/types/errors';
import type { HandlerContext } from '../context';
import type { EvidenceFiles } from './evidence';
import { imageKind } from './image-bytes';
import type { PhotoSlot, PhotoUploads } from './photo-slots';
import { REQUEST_TEXT } from './texts';

// `cloud://<env>.<bucket>/aid/<folder>/<uuid>.jpg`: the slot is found by the uuid, then must match all of it.
const CLOUD_PHOTO = /^cloud:\/\/[^/]+\/aid\/[0-9a-f]{32}\/([0-9a-f-]{36})\.jpg$/;

const refusal = (message: string = REQUEST_TEXT.photoExpired) => new AppError('INVALID_INPUT', message);

/** Why a stored file is no evidence photo, or null when it is one. */
function problemOf(bytes: Buffer | null): string | null {
  if (!bytes) return REQUEST_TEXT.photoExpired;
  if (bytes.length > MAX_PHOTO_BYTES) return REQUEST_TEXT.photoTooLarge;
  return imageKind(bytes) ? null : REQUEST_TEXT.onlyImages;
}

/** The caller's slots of `ids`, one per id in order; INVALID_INPUT when any id is not the file of one. */
async function slotsOf(uploads: PhotoUploads, owner: string, ids: string[]): Promise<PhotoSlot[]> {
  const names = ids.map((id) => CLOUD_PHOTO.exec(id)?.[1]);
  if (names.some((n) => n === undefined)) throw refusal();
  const found = new Map((await uploads.slots.byIds(names as string[])).map((s) => [s.id, s]));
  return ids.map((id, i) => {
    const slot = found.get(names[i] as string);
    if (!slot || slot.owner !== owner || slot.fileId !== id) throw refusal();
    return slot;
  });
}

/**
 * Refuses (INVALID_INPUT, nothing of the submission written) unless every id is the file of a slot issued to
 * `owner` and holds an evidence photo; records each newly checked file's size on its slot.
 */
export async function attachCloudPhotos(
  ctx: HandlerContext,
  owner: string,
  ids: string[],
  evidence: EvidenceFiles,
  uploads: PhotoUploads,
): Promise<void> {
  const slots = await slotsOf(uploads, owner, ids);
  const unread = slots.filter((s) => s.state === 'open');
  const read = await Promise.all(
    unread.map(async (slot) => {
      const bytes = await uploads.read(slot.fileId);
      return { slot, bytes, problem: problemOf(bytes) };
    }),
  );
  const bad = read.filter((r) => r.problem !== null);
  if (bad.length > 0) {
    // A file that fails is of no use to anyone: deleted now, not left to the timer; its slot goes once it is gone.
    const stored = bad.filter((r) => r.bytes !== null).map((r) => r.slot.fileId);
    const kept = new Set(stored.length > 0 ? await evidence.remove(stored) : []);
    await uploads.slots.remove(bad.filter((r) => !kept.has(r.slot.fileId)).map((r) => r.slot.id));
    throw refusal(bad[0].problem as string);
  }
  const now = ctx.now();
  // Every slot named and not yet attached is touched (a checked one too, at its size), by a compare-and-set: one the
  // timer's sweep has taken meanwhile is refused, and one touched here is no longer due for the sweep.
  const sizes = new Map(read.map((r) => [r.slot.id, (r.bytes as Buffer).length] as const));
  // Once each (an update that changes nothing may count as none on the service).
  const touch = [...new Map(slots.filter((s) => s.state !== 'attached').map((s) => [s.id, s])).values()];
  const marked = await Promise.all(touch.map((s) => uploads.slots.checked(s.id, sizes.get(s.id) ?? s.bytes, now)));
  if (marked.includes(false)) throw refusal();
}
