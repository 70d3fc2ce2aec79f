/** admin.dashboard (统计看板): every figure of one subject and period in one call, for admins inside their scope. */
import { DashboardInputSchema, type DashboardData } from '~/types/api/dashboard';
import type { Route } from '../../context';
import { buildDashboard } from './build';

/** Admins only; the subject must lie inside the admin's region. */
export const dashboard: Route<typeof DashboardInputSchema, DashboardData> = {
  schema: DashboardInputSchema,
  roles: ['admin'],
  // Figures of daily counters: a minute old at most is as good as live to an admin, and a city dashboard holds the
  // server for the better part of a second, which a burst of refreshes would otherwise repeat for every tab.
  cacheMs: 60_000,
  handle: (ctx, input) => buildDashboard(ctx, input),
};
