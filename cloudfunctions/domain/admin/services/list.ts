/** admin.servicePoints: every service point of a region of the scope, with its region's name, for 服务点管理. */
import { ServicePointsInputSchema, type AdminServicePoint, type ServicePointsData } from '~/types/api';
import type { ServicePoint } from '~/types/domain';
import { EDITABLE_SERVICE_KINDS } from '~/types/services';
import type { Store } from '~/cloudfunctions/store/port';
import type { Route } from '../../context';
import { regionNames } from '../../region-names';
import { regionContains } from '../../scope';
import { adminScope, chosenRegion } from '../scope';

// Hundreds of points in a city (Baicheng: 190): one read covers any region.
const POINTS_LIMIT = 1000;

/** True when the admin of `scope` may change the point: an editable kind whose region lies inside the scope. */
export const mayEdit = (scope: string, p: ServicePoint) =>
  p.kind in EDITABLE_SERVICE_KINDS && regionContains(scope, p.regionCode);

/** The points as the admin sees them, with their regions' names. */
export async function adminPoints(store: Store, scope: string, points: ServicePoint[]): Promise<AdminServicePoint[]> {
  const names = await regionNames(
    store,
    points.map((p) => p.regionCode),
  );
  return points.map((p) => ({ ...p, regionName: names.get(p.regionCode) ?? '', editable: mayEdit(scope, p) }));
}

/** admin.servicePoints. */
export const servicePoints: Route<typeof ServicePointsInputSchema, ServicePointsData> = {
  schema: ServicePointsInputSchema,
  roles: ['admin'],
  async handle(ctx, input) {
    const { scope } = adminScope(ctx);
    const { prefix } = await chosenRegion(ctx, input.regionCode);
    const rows = await ctx.store.services.inRegion(prefix, POINTS_LIMIT);
    const kept = rows.filter((p) => input.kind === undefined || p.kind === input.kind);
    return { points: await adminPoints(ctx.store, scope, kept) };
  },
};
