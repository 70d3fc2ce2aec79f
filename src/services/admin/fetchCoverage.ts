/** The coverage of the 500 m service circles (服务圈覆盖) inside a region of the admin's scope. */
import type { CoverageData, CoverageInput } from '~/types/api/dashboard';
import { callCloud } from '../cloud';

/** Asks admin.coverage; without regionCode the server takes the admin's own scope. */
export function fetchCoverage(input: CoverageInput): Promise<CoverageData> {
  return callCloud('admin', 'coverage', input);
}
