/** resident.me: who the caller is, as the database knows them. */
import { MeInputSchema, type MeData } from '../../../types/api';
import { roleOf, type Route } from '../context';

const RESIDENT_LABEL = '群众';

/** Anyone may ask who they are; a caller without a bound user is a resident. */
export const me: Route<typeof MeInputSchema, MeData> = {
  schema: MeInputSchema,
  async handle(ctx): Promise<MeData> {
    const user = ctx.identity.user;
    if (!user) return { role: 'resident', label: RESIDENT_LABEL, regionCode: null, regionName: null };
    const region = await ctx.store.regions.byCode(user.regionCode);
    return {
      role: roleOf(ctx.identity),
      label: user.label,
      regionCode: user.regionCode,
      regionName: region?.name ?? null,
    };
  },
};
