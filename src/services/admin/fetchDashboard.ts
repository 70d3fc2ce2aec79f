/** The admin dashboard (统计看板): every figure of one subject and period in one call. */
import type { DashboardData, DashboardInput } from '~/types/api/dashboard';
import { callCloud } from '../cloud';

/** Asks admin.dashboard; OUT_OF_SCOPE for a subject outside the admin's region, PERIOD_* for a bad period. */
export function fetchDashboard(input: DashboardInput): Promise<DashboardData> {
  return callCloud('admin', 'dashboard', input);
}
