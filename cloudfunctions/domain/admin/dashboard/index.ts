/** admin.dashboard (统计看板): every figure of one subject and period in one call, for admins inside their scope. */
import { DashboardInputSchema, type DashboardData } from '../../../../types/api/dashboard';
import type { Route } from '../../context';
import { buildDashboard } from './build';

/** Admins only; the subject must lie inside the admin's region. */
export const dashboard: Route<typeof DashboardInputSchema, DashboardData> = {
  schema: DashboardInputSchema,
  roles: ['admin'],
  handle: (ctx, input) => buildDashboard(ctx, input),
};
