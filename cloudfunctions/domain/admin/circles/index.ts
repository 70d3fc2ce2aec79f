/** admin.coverage (服务圈覆盖): where the 500 m circles fail to reach, for admins inside their scope. */
import {
  CoverageClustersInputSchema,
  CoverageInputSchema,
  type CoverageClustersData,
  type CoverageData,
} from '~/types/api/dashboard';
import type { Route } from '../../context';
import { buildCoverage, buildCoverageClusters } from './build';

/** Admins only; the region must lie inside the admin's region. */
export const coverage: Route<typeof CoverageInputSchema, CoverageData> = {
  schema: CoverageInputSchema,
  roles: ['admin'],
  handle: (ctx, input) => buildCoverage(ctx, input),
};

/** The clusters alone, for a change of the window of days; same roles and scope as admin.coverage. */
export const coverageClusters: Route<typeof CoverageClustersInputSchema, CoverageClustersData> = {
  schema: CoverageClustersInputSchema,
  roles: ['admin'],
  handle: (ctx, input) => buildCoverageClusters(ctx, input),
};
