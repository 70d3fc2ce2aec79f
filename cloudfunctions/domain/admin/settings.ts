/** admin.settings and admin.updateSettings: the answer promise (答复承诺); only the city's admins change it. */
import { SettingsInputSchema, UpdateSettingsInputSchema, type SettingsData } from '~/types/api/admin';
import { AppError } from '~/types/errors';
import { CITY_CODE } from '~/types/ids';
import { auditEntry } from '../audit/write';
import type { Route } from '../context';
import { promiseHours, setPromiseHours } from '../settings';
import { SETTINGS_CITY_ONLY } from './texts';

/** admin.settings: any admin. */
export const settings: Route<typeof SettingsInputSchema, SettingsData> = {
  schema: SettingsInputSchema,
  roles: ['admin'],
  handle: async (ctx) => ({ questionPromiseHours: await promiseHours(ctx.store) }),
};

/** admin.updateSettings: city admins only (regionCode 220800). */
export const updateSettings: Route<typeof UpdateSettingsInputSchema, SettingsData> = {
  schema: UpdateSettingsInputSchema,
  roles: ['admin'],
  perMinute: 10,
  async handle(ctx, input) {
    if (ctx.identity.user?.regionCode !== CITY_CODE) throw new AppError('FORBIDDEN', SETTINGS_CITY_ONLY);
    const before = await promiseHours(ctx.store);
    // Saved as it already is (a double tap): nothing changes, nothing to put on record.
    if (before === input.questionPromiseHours) return { questionPromiseHours: before };
    // The change and its audit entry are one unit: a policy every resident's question runs under is on record.
    const entry = auditEntry(ctx, {
      action: 'settings.update',
      record: 'settings:questionPromiseHours',
      detail: `${before}小时 → ${input.questionPromiseHours}小时`,
    });
    await setPromiseHours(ctx.store, input.questionPromiseHours, entry);
    return { questionPromiseHours: await promiseHours(ctx.store) };
  },
};
