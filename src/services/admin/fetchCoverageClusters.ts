/** The clusters of out-of-circle scans alone (服务圈覆盖), for a new window of days. */
import type { CoverageClustersData, CoverageInput } from '~/types/api/dashboard';
import { callCloud } from '../cloud';

/** Asks admin.coverageClusters; without regionCode the server takes the admin's own scope. */
export function fetchCoverageClusters(input: CoverageInput): Promise<CoverageClustersData> {
  return callCloud('admin', 'coverageClusters', input);
}
