/** admin.services and admin.regions: what the invite form and the region pickers choose from, inside the scope. */
import { RegionsInputSchema, ServicesInputSchema, type RegionsData, type ServicesData } from '~/types/api/network';
import type { RegionLevel } from '~/types/domain';
import type { Route } from '../../context';
import { adminScope, chosenRegion, regionInScope } from '../scope';

const SERVICES_LIMIT = 500;
const CHILD: Record<RegionLevel, RegionLevel | null> = {
  city: 'county',
  county: 'township',
  township: 'village',
  village: null,
};

/** admin.services: the service points (units) of a region of the scope, optionally of one kind. */
export const services: Route<typeof ServicesInputSchema, ServicesData> = {
  schema: ServicesInputSchema,
  roles: ['admin'],
  async handle(ctx, input) {
    const { prefix } = await chosenRegion(ctx, input.regionCode);
    const rows = await ctx.store.services.inRegion(prefix, SERVICES_LIMIT);
    return {
      services: rows
        .filter((s) => input.kind === undefined || s.kind === input.kind)
        .map((s) => ({ id: s.id, name: s.name, kind: s.kind, regionCode: s.regionCode })),
    };
  },
};

/** admin.regions: the child regions of a region of the scope (the scope itself by default), code order. */
export const regions: Route<typeof RegionsInputSchema, RegionsData> = {
  schema: RegionsInputSchema,
  roles: ['admin'],
  async handle(ctx, input) {
    const { scope } = adminScope(ctx);
    const parent = await regionInScope(ctx, scope, input.parentCode ?? scope);
    const level = CHILD[parent.level];
    const children = level ? (await ctx.store.regions.byLevel(level)).filter((r) => r.parentCode === parent.code) : [];
    return {
      parent: { code: parent.code, name: parent.name, level: parent.level },
      regions: children.map((r) => ({ code: r.code, name: r.name, level: r.level })),
    };
  },
};
