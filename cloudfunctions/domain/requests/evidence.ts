/**
 * Evidence photos (证明材料) beyond the store: removing them from cloud storage when their requests go (删除我的数据),
 * and links for the handler who decides the application. On CloudBase the files live in cloud storage
 * (functions/evidence-files.ts: deleteFile, getTempFileURL, downloadFile), uploaded into slots (photo-slots.ts);
 * locally they are store rows served at /files/<id> (local/evidence-links.ts signs a short-lived link for a handler).
 */
import { CLOUD_FILE_ID_PATTERN } from '~/types/api/requests';
import { AppError } from '~/types/errors';
import type { RequestRow } from '../../store/port';
import type { HandlerContext } from '../context';
import { payloadOf } from './payload';
import { OWNER_SLOTS_LIMIT, type PhotoUploads } from './photo-slots';

/** Storage of evidence files, as handlers need it. */
export interface EvidenceFiles {
  /** Links that show the files to `viewer` for a few minutes; a file that is gone is left out. */
  viewUrls(fileIds: string[], viewer: string): Promise<Map<string, string>>;
  /** Removes cloud files; files already gone count as removed. Returns the ids that could not be removed. */
  remove(fileIds: string[]): Promise<string[]>;
  /** Uploads into slots (CloudBase); absent where the app uploads to the runtime itself (POST /upload). */
  uploads?: PhotoUploads;
}

/** Without a storage (tests of other things): plain local links (owner-only), and no cloud file to remove. */
export const PLAIN_EVIDENCE: EvidenceFiles = {
  viewUrls: async (ids) => new Map(ids.map((id) => [id, `/files/${id}`])),
  remove: async (ids) => ids,
};

/** The photo ids a request carries (an application's, supplements' appended); none for other kinds. */
export function photoIdsOf(row: Pick<RequestRow, 'kind' | 'payload'>): string[] {
  const p = payloadOf(row);
  return p.kind === 'aid' ? p.photos : [];
}

// A resident has few requests (an hourly cap of a handful); this covers years of them.
const OWNER_REQUESTS_LIMIT = 1000;

/**
 * Removes the cloud photos of every request of `owner`, and every upload of their slots (attached or not), before
 * the requests go; then the slots. If any file could not be removed, nothing else is deleted and the call fails: a
 * retry finds the requests and slots, hence the photos, again (files already removed count as removed then).
 */
export async function removeOwnerEvidence(ctx: HandlerContext, owner: string): Promise<number> {
  const uploads = ctx.evidence?.uploads;
  const [rows, slots] = await Promise.all([
    ctx.store.requests.byOwner(owner, OWNER_REQUESTS_LIMIT),
    uploads ? uploads.slots.byOwner(owner, OWNER_SLOTS_LIMIT) : [],
  ]);
  const ids = [...rows.flatMap(photoIdsOf), ...slots.map((s) => s.fileId)];
  const cloud = [...new Set(ids)].filter((id) => CLOUD_FILE_ID_PATTERN.test(id));
  if (cloud.length > 0) {
    const failed = await (ctx.evidence ?? PLAIN_EVIDENCE).remove(cloud);
    if (failed.length > 0) throw new AppError('STORAGE_FAILED');
  }
  if (uploads && slots.length > 0) await uploads.slots.remove(slots.map((s) => s.id));
  return cloud.length;
}
