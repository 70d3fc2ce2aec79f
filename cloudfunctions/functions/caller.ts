/** The caller's user record as a cloud function's entry reads it before dispatch. */
import type { User } from '~/types/domain';
import type { RouteTable } from '../domain/context';
import type { Store } from '../store/port';

/**
 * The bound user of `openid`, or null for a caller without one. Not read at all when the action `body` names is
 * `openidOnly` (it would be a database round trip nobody looks at: the scan's hot path); an unknown or malformed
 * action reads it, so dispatch answers exactly as before.
 */
export async function callerUser(
  store: Store,
  table: RouteTable,
  body: Record<string, unknown>,
  openid: string | null,
): Promise<User | null> {
  if (!openid) return null;
  const action = typeof body.action === 'string' ? body.action : '';
  const route = Object.prototype.hasOwnProperty.call(table, action) ? table[action] : undefined;
  if (route?.openidOnly && !route.roles) return null;
  return store.users.byOpenid(openid);
}
