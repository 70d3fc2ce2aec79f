/**
 * work.profile, work.updateProfile, work.unbind. Volunteers and mediators edit their volunteer row (what residents
 * see on the landing page). Staff have no volunteer row: their profile is their name (the user's label) and unit;
 * updateProfile for staff changes only the name and ignores phone, phonePublic, hours and photo.
 */
import { ProfileInputSchema, UnbindInputSchema, UpdateProfileInputSchema, type ProfileData } from '~/types/api/work';
import type { User } from '~/types/domain';
import { AppError } from '~/types/errors';
import { auditEntry } from '../audit/write';
import { landingCache } from '../scan/land';
import type { HandlerContext, Route } from '../context';
import { checkText, workerOf } from './load';
import { WORKERS } from './route';
import { WORK_TEXT } from './texts';
import { unbindUser } from '../sessions';

async function profileOf(ctx: HandlerContext, user: User): Promise<ProfileData> {
  const role = user.role as ProfileData['role'];
  const [region, unit, row] = await Promise.all([
    ctx.store.regions.byCode(user.regionCode),
    user.serviceId ? ctx.store.services.byId(user.serviceId) : null,
    user.volunteerId ? ctx.store.volunteers.byId(user.volunteerId) : null,
  ]);
  const found = new Map((await ctx.store.posts.byIds(row?.postIds ?? [])).map((p) => [p.id, p] as const));
  const posts = (row?.postIds ?? []).map((id) => found.get(id) ?? null);
  return {
    role,
    name: row?.name ?? user.label,
    phone: row?.phone ?? '',
    phonePublic: row?.phonePublic ?? false,
    hours: row?.hours ?? '',
    photoFileId: row?.photoFileId ?? null,
    regionName: region?.name ?? '',
    unitName: unit?.name ?? null,
    posts: posts.flatMap((p) => (p ? [{ id: p.id, name: p.name }] : [])),
  };
}

/** work.profile. */
export const profile: Route<typeof ProfileInputSchema, ProfileData> = {
  schema: ProfileInputSchema,
  roles: WORKERS,
  handle: (ctx) => profileOf(ctx, workerOf(ctx).user),
};

/** work.updateProfile. */
export const updateProfile: Route<typeof UpdateProfileInputSchema, ProfileData> = {
  schema: UpdateProfileInputSchema,
  roles: WORKERS,
  perMinute: 10,
  async handle(ctx, input) {
    const { user, openid } = workerOf(ctx);
    await checkText(ctx, openid, input.name, input.hours ?? '');
    const row = user.volunteerId ? await ctx.store.volunteers.byId(user.volunteerId) : null;
    if (row) {
      // A volunteer's card shows all three: none may be left out (staff, who have no card, send only the name).
      if (input.phone === undefined)
        throw new AppError('INVALID_INPUT', { message: WORK_TEXT.phoneRequired, field: 'phone' });
      if (input.hours === undefined)
        throw new AppError('INVALID_INPUT', { message: WORK_TEXT.hoursRequired, field: 'hours' });
      await ctx.store.volunteers.put({
        ...row,
        name: input.name,
        phone: input.phone,
        phonePublic: input.phonePublic ?? row.phonePublic,
        hours: input.hours,
        photoFileId: input.photoFileId === undefined ? row.photoFileId : input.photoFileId,
      });
      // The card is on the landing pages of the volunteer's posts: a number just made private must not be shown
      // for the cache's minute more (this process's pages; another function's copies age out within their TTL).
      landingCache.clear();
      return profileOf(ctx, user);
    }
    if (user.role !== 'staff') throw new AppError('NOT_FOUND');
    const updated: User = { ...user, label: input.name };
    await ctx.store.users.put(updated);
    return profileOf(ctx, updated);
  },
};

/** work.unbind: the caller becomes a resident again; their volunteer row and history stay with the unit. */
export const unbind: Route<typeof UnbindInputSchema, { role: 'resident' }> = {
  schema: UnbindInputSchema,
  roles: WORKERS,
  perMinute: 5,
  async handle(ctx) {
    const { openid, user } = workerOf(ctx);
    // Stored with the unbinding; built first, while the caller still holds the role the entry records.
    const entry = auditEntry(ctx, { action: 'worker.unbind', record: `user:${openid}`, detail: user.label });
    await unbindUser(ctx.store, openid, entry);
    return { role: 'resident' };
  },
};
