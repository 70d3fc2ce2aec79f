/**
 * admin.bootstrap: binds the first admin (首位管理员) of the city with the secret from ADMIN_BOOTSTRAP_SECRET. Any
 * caller with an openid may try; it works once, while no admin exists. Later admins come by invite.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { BootstrapInputSchema, type BootstrapData } from '~/types/api/network';
import { CITY_CODE } from '~/types/ids';
import { AppError } from '~/types/errors';
import { auditEntry } from '../audit/write';
import { secretRoute } from '../secret-route';

/** Compares two secrets in time independent of where they differ (over their SHA-256 digests: equal lengths). */
export function secretMatches(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** admin.bootstrap: guessing the secret gets a handful of tries a minute (secret-route.ts). */
export const bootstrap = secretRoute(BootstrapInputSchema, 5, async (ctx, input, openid): Promise<BootstrapData> => {
  const expected = ctx.secrets.bootstrapSecret;
  // Every check runs every time and every failure answers alike: neither the reply nor its timing tells a
  // guesser whether a secret is set, whether theirs was wrong or whether an admin already exists.
  const matches = secretMatches(input.secret, expected ?? '') && !!expected;
  const open = (await ctx.store.users.countByRole('admin')) === 0;
  if (!matches || !open) throw new AppError('BOOTSTRAP_REFUSED');
  if (ctx.identity.user) throw new AppError('ALREADY_BOUND');
  const first = { openid, role: 'admin' as const, regionCode: CITY_CODE, label: input.name };
  const entry = auditEntry(ctx, { action: 'admin.bootstrap', record: `admin:${openid}`, as: first });
  // The binding and its entry are one unit: the first admin is never bound off the record.
  const bound = await ctx.store.users.putFirstAdmin({ ...first, volunteerId: null, serviceId: null }, entry);
  if (!bound) throw new AppError('BOOTSTRAP_REFUSED');
  return { role: 'admin', regionCode: CITY_CODE };
});
