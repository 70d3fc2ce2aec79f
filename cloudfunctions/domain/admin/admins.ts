/**
 * admin.admins and admin.revokeAdmin: the admins of the caller's region, and ending the rights of one below them.
 * "Below" is strict: a city admin revokes county and township admins, a county admin those of its townships; never
 * oneself, a peer (same region) or anyone above. Each revocation is written to the audit log before the binding
 * ends, and the revoked person's next call finds no binding (identity is read from the store on every call).
 */
import { AdminsInputSchema, RevokeAdminInputSchema, type AdminsData } from '~/types/api';
import { AppError } from '~/types/errors';
import type { User } from '~/types/domain';
import { auditEntry } from '../audit/write';
import type { Route } from '../context';
import { regionNames } from '../region-names';
import { regionContains, regionPrefix } from '../scope';
import { adminScope } from './scope';
import { REVOKE_TEXTS } from './services/texts';
import { unbindUser } from '../sessions';

// A city has one admin per county and township at most a few times over (Baicheng: 111 regions).
const ADMINS_LIMIT = 500;

/** True when an admin of `scope` may revoke `target`: another admin whose region lies strictly inside the scope. */
export function mayRevoke(scope: string, self: string, target: User): boolean {
  return (
    target.role === 'admin' &&
    target.openid !== self &&
    target.regionCode !== scope &&
    regionContains(scope, target.regionCode)
  );
}

/** admin.admins. */
export const admins: Route<typeof AdminsInputSchema, AdminsData> = {
  schema: AdminsInputSchema,
  roles: ['admin'],
  async handle(ctx) {
    const { scope, openid } = adminScope(ctx);
    const rows = await ctx.store.users.adminsIn(regionPrefix(scope), ADMINS_LIMIT);
    const names = await regionNames(
      ctx.store,
      rows.map((u) => u.regionCode),
    );
    return {
      admins: rows.map((u) => ({
        openid: u.openid,
        regionCode: u.regionCode,
        label: u.label,
        regionName: names.get(u.regionCode) ?? '',
        revocable: mayRevoke(scope, openid, u),
        self: u.openid === openid,
      })),
    };
  },
};

/** admin.revokeAdmin. */
export const revokeAdmin: Route<typeof RevokeAdminInputSchema, { revoked: true }> = {
  schema: RevokeAdminInputSchema,
  roles: ['admin'],
  perMinute: 20,
  async handle(ctx, input) {
    const { scope, openid } = adminScope(ctx);
    if (input.openid === openid) throw new AppError('FORBIDDEN', REVOKE_TEXTS.revokeSelf);
    const target = await ctx.store.users.byOpenid(input.openid);
    // An admin outside the scope answers like a missing one, so the list of admins elsewhere does not leak.
    if (!target || target.role !== 'admin' || !regionContains(scope, target.regionCode)) {
      throw new AppError('NOT_FOUND', REVOKE_TEXTS.adminMissing);
    }
    if (!mayRevoke(scope, openid, target)) throw new AppError('FORBIDDEN', REVOKE_TEXTS.revokeNotBelow);
    // On record with the unbinding, as one unit: a revocation that is not on record never happens.
    const entry = auditEntry(ctx, {
      action: 'admin.revoke',
      record: `admin:${target.openid}`,
      detail: `${target.label}（${target.regionCode}）`,
    });
    await unbindUser(ctx.store, target.openid, entry);
    return { revoked: true };
  },
};
