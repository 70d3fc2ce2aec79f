/** Scan statistics for admins. */
import type { StatsData } from '~/types/api';
import { callCloud } from '../cloud';

/** Today's and the last 7 days' scans of one post, or of the admin's own region when postId is absent. */
export function fetchStats(postId?: string): Promise<StatsData> {
  return callCloud('admin', 'stats', postId ? { postId } : {});
}
