/** The hot path: log one scan of a post and get everything its landing page shows, in one round trip. */
import type { LandingData } from '~/types/api';
import type { GeoPoint, ScanSource } from '~/types/domain';
import { callCloud } from '../cloud';

/**
 * Records scan `scanId` of `postId` and returns the landing data; reuse the scanId when retrying. `location`
 * (WGS-84) goes with it only when the phone already had a fresh one: the landing never waits for a fix.
 */
export function landPost(
  postId: string,
  scanId: string,
  source: ScanSource,
  location: GeoPoint | null = null,
): Promise<LandingData> {
  return callCloud('scan', 'land', { postId, scanId, source, ...(location ? { location } : {}) });
}
