/**
 * The server-side version of an identity's sessions (会话版本). The local runtime's session cookies carry the version
 * they were minted at (local/session.ts), so moving it on ends every copy of every cookie of that identity: logout,
 * and every end of a binding (an admin revoked, a worker unbinding or deactivated). Without the latter, a cookie
 * minted before the identity was first bound would come back to life if the same identity were bound again to the
 * same role and region. On CloudBase there are no cookies (WeChat's OPENID is the identity) and the version is
 * never read; it is one small document per ended binding.
 */
import type { AuditEntry, Store } from '../store/port';

const versionKey = (openid: string) => `session_version:${openid}`;

/** The current session version of `openid` (0 until its sessions are first ended). */
export async function sessionVersion(store: Store, openid: string): Promise<number> {
  return Number((await store.meta.get(versionKey(openid))) ?? 0);
}

/**
 * Ends every session of `openid`: each cookie minted before now stops working; answers the new version. `expiresAt` (ms): when every cookie
 * minted before now has lapsed by its own expiry, so the version row may go (the timer's sweep of expired meta
 * rows). After that the version reads 0 again, which no cookie of the old versions is left to match. Without it
 * the row is kept.
 */
export async function endSessions(store: Store, openid: string, expiresAt?: number): Promise<number> {
  const next = (await sessionVersion(store, openid)) + 1;
  await store.meta.set(versionKey(openid), String(next), expiresAt === undefined ? undefined : { expiresAt });
  return next;
}

/**
 * Ends `openid`'s binding (its role) and, with it, every session that held it; `audit` is stored with the unbinding
 * (UsersPort.unbind). The sessions end first: should the unbinding then fail, ending them early is harmless (the
 * worker signs in again) and the retry unbinds; the other order could leave an unbound openid's old cookies to come
 * back to life at its next binding.
 */
export async function unbindUser(store: Store, openid: string, audit?: AuditEntry): Promise<void> {
  await endSessions(store, openid);
  await store.users.unbind(openid, audit);
}
