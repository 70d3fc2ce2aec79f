/** The follow-up of a landing: the location the resident allowed after the scan, completing that same scan. */
import type { LocateReply } from '~/types/api';
import type { GeoPoint } from '~/types/domain';
import { callCloud } from '../cloud';

/** Sends `location` (WGS-84) for scan `scanId` of `postId`; a retry is harmless (the scanId is the key). */
export function sendScanLocation(postId: string, scanId: string, location: GeoPoint): Promise<LocateReply> {
  return callCloud('scan', 'locate', { postId, scanId, location });
}
