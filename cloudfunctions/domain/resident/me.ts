/** resident.me: who the caller is, as the database knows them. */
import { MeInputSchema, type MeData } from '~/types/api';
import { roleOf, type Route } from '../context';
import { photoFolder } from '../requests/photos';

const RESIDENT_LABEL = '群众';

/** Anyone may ask who they are; a caller without a bound user is a resident. */
export const me: Route<typeof MeInputSchema, MeData> = {
  schema: MeInputSchema,
  async handle(ctx): Promise<MeData> {
    const user = ctx.identity.user;
    const openid = ctx.identity.openid;
    const folder = openid ? { photoFolder: photoFolder(ctx, openid) } : {};
    if (!user) return { role: 'resident', label: RESIDENT_LABEL, regionCode: null, regionName: null, ...folder };
    const region = await ctx.store.regions.byCode(user.regionCode);
    return {
      role: roleOf(ctx.identity),
      label: user.label,
      regionCode: user.regionCode,
      regionName: region?.name ?? null,
      ...folder,
    };
  },
};
