/** The hot path: log one scan of a post and get everything its landing page shows, in one round trip. */
import type { LandingData } from '../../../types/api';
import type { ScanSource } from '../../../types/domain';
import { callCloud } from '../cloud';

/** Records scan `scanId` of `postId` and returns the landing data; reuse the scanId when retrying. */
export function landPost(postId: string, scanId: string, source: ScanSource): Promise<LandingData> {
  return callCloud('scan', 'land', { postId, scanId, source });
}
