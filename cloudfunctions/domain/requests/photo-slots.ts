/**
 * Upload slots of evidence photos (证明材料) on CloudBase. The app uploads a photo straight into cloud storage
 * (wx.cloud.uploadFile), where no storage rule can limit a file's size, type or number, and the server SDK cannot list
 * a folder. So before each upload the app asks for a slot (resident.photoSlot): the server names the path
 * (`aid/<photo folder>/<uuid>.jpg`), refuses it past the caps of the local runtime's uploads (local/uploads.ts) and
 * records it (collection `photo_slots`, store/cloudbase/photos.ts). A submission may name only files of slots issued
 * to its caller, each read back and checked (photo-attach.ts); the timer deletes the files of slots that no request
 * names a day after they were issued or last checked (photo-sweep.ts, run by the tick).
 */
import { randomUUID } from 'node:crypto';
import { MAX_PHOTO_BYTES } from '~/types/api/requests';
import { PhotoSlotInputSchema, type PhotoSlotData } from '~/types/api/resident';
import { AppError } from '~/types/errors';
import type { Route } from '../context';
import { photoFolder } from './photo-folder';
import { ownerOf } from './submit';
import { REQUEST_TEXT } from './texts';

/** Slots per identity per minute: as local uploads (UPLOADS_PER_MINUTE), three photos and their retries. */
export const SLOTS_PER_MINUTE = 12;
/** Slots per client address per minute, where the platform gives one (UPLOADS_PER_ADDRESS). */
export const SLOTS_PER_ADDRESS = 24;
/** Photo bytes one identity may hold (OWNER_PHOTO_BYTES); a slot not yet checked counts at MAX_PHOTO_BYTES. */
export const OWNER_PHOTO_BYTES = 40 * 1024 * 1024;
/**
 * Checked uploads no request carries yet, in all: 2 GB at 2 MB each (the local runtime's TOTAL_PHOTO_BYTES). Open
 * slots (nothing sent yet, or nothing the server has read) do not count: an account asking for slots it never fills
 * must not close uploads for everyone, and storage cannot stop a client writing files anyway (storage-rules.json).
 * Attached photos are bounded by the submissions' own caps instead.
 */
export const CHECKED_SLOTS_MAX = (2 * 1024 * 1024 * 1024) / MAX_PHOTO_BYTES;
/** A slot no request names is deleted this long after it was issued or last checked (ORPHAN_PHOTO_MS). */
export const ORPHAN_SLOT_MS = 24 * 3600 * 1000;
/** An owner's slots read at once: their caps keep far fewer (20 open, the rest attached over years). */
export const OWNER_SLOTS_LIMIT = 1000;

/**
 * Where a slot is: `open` once issued (the file may or may not be there), `checked` once a submission read its
 * bytes (a JPG or PNG of `bytes` bytes), `attached` once the timer found a request that names it (kept until
 * 删除我的数据).
 */
/** `sweeping`: taken by the timer's sweep, which deletes its file next; no submission can name it any more. */
export type SlotState = 'open' | 'checked' | 'attached' | 'sweeping';

/** One issued upload. */
export interface PhotoSlot {
  /** The uuid of the file's name. */
  id: string;
  /** The openid it was issued to. */
  owner: string;
  /** `aid/<folder>/<id>.jpg` */
  path: string;
  /** The fileID the upload gets (the environment's prefix and the path): what a submission must name. */
  fileId: string;
  state: SlotState;
  /** The file's size once checked; 0 while open. */
  bytes: number;
  /** When it was issued or last checked (ms): the timer's clock for it. */
  at: number;
  createdAt: number;
}

/** The slots' records (CloudBase: collection photo_slots). */
export interface PhotoSlotStore {
  /** Records a new slot. */
  add(slot: PhotoSlot): Promise<void>;
  /** The slots of these ids that exist. */
  byIds(ids: string[]): Promise<PhotoSlot[]>;
  /** The owner's slots, at most `limit`. */
  byOwner(owner: string, limit: number): Promise<PhotoSlot[]>;
  /** How many slots are checked and not yet attached, in all. */
  checkedCount(): Promise<number>;
  /** Marks a slot not yet attached checked with its size; false when it is gone (swept meanwhile). */
  checked(id: string, bytes: number, at: number): Promise<boolean>;
  /** Marks slots attached (a request names them). */
  attached(ids: string[]): Promise<void>;
  /** Open, checked or sweeping slots last touched before `before`, oldest first, at most `limit`. */
  due(before: number, limit: number): Promise<PhotoSlot[]>;
  /**
   * Takes these slots for the sweep, each by a compare-and-set that holds only while it is still untouched since
   * `before` and not attached: the ids taken. A submission that touched one meanwhile keeps it.
   */
  claim(ids: string[], before: number): Promise<string[]>;
  /** Removes slots; returns how many. */
  remove(ids: string[]): Promise<number>;
}

/** Cloud storage of evidence uploads, as the slots need it (functions/evidence-files.ts). */
export interface PhotoUploads {
  slots: PhotoSlotStore;
  /** The bytes of a file, or null when storage has no such file. */
  read(fileId: string): Promise<Buffer | null>;
  /** The fileID a path of this environment's storage gets. */
  fileIdOf(path: string): Promise<string>;
}

/** Bytes an owner holds: checked files at their size, open slots at the largest a photo may be. */
export function heldBytes(slots: PhotoSlot[]): number {
  return slots.reduce((n, s) => n + (s.state === 'open' ? MAX_PHOTO_BYTES : s.bytes), 0);
}

/**
 * resident.photoSlot: where the app uploads its next evidence photo (WeChat). Without cloud storage (the local
 * runtime, whose app posts to /upload) the path is answered and nothing is recorded: no cloud file is accepted there.
 */
export const photoSlot: Route<typeof PhotoSlotInputSchema, PhotoSlotData> = {
  schema: PhotoSlotInputSchema,
  perMinute: SLOTS_PER_MINUTE,
  perAddress: SLOTS_PER_ADDRESS,
  openidOnly: true,
  async handle(ctx) {
    const owner = ownerOf(ctx);
    const id = randomUUID();
    const cloudPath = `${photoFolder(ctx, owner)}/${id}.jpg`;
    const uploads = ctx.evidence?.uploads;
    if (uploads) {
      const [mine, checked, fileId] = await Promise.all([
        uploads.slots.byOwner(owner, OWNER_SLOTS_LIMIT),
        uploads.slots.checkedCount(),
        uploads.fileIdOf(cloudPath),
      ]);
      if (heldBytes(mine) >= OWNER_PHOTO_BYTES || checked >= CHECKED_SLOTS_MAX) {
        throw new AppError('RATE_LIMITED', REQUEST_TEXT.photoStoreFull);
      }
      const now = ctx.now();
      await uploads.slots.add({ id, owner, path: cloudPath, fileId, state: 'open', bytes: 0, at: now, createdAt: now });
    }
    return { cloudPath, maxBytes: MAX_PHOTO_BYTES };
  },
};
