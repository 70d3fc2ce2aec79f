/** admin.coverage (服务圈覆盖): where the 500 m circles fail to reach, for admins inside their scope. */
import { CoverageInputSchema, type CoverageData } from '../../../../types/api/dashboard';
import type { Route } from '../../context';
import { buildCoverage } from './build';

/** Admins only; the region must lie inside the admin's region. */
export const coverage: Route<typeof CoverageInputSchema, CoverageData> = {
  schema: CoverageInputSchema,
  roles: ['admin'],
  handle: (ctx, input) => buildCoverage(ctx, input),
};
