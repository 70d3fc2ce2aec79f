/**
 * Who calls the local runtime (the local stand-in for WeChat's OPENID): every browser gets a signed identity on its
 * first call, a binding gained in a call starts a new session, and POST /auth/logout ends every copy of one.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { failure, type ErrorLog } from '../functions/dispatch';
import { endSessions } from '../domain/sessions';
import type { Store } from '../store/port';
import { onlyPost, reply, sendJson } from './http-util';
import type { LOCAL_LIMITS } from './limits';
import { Sessions, type SessionRead } from './session';

/** The caller of a request, and the Set-Cookie its reply carries (if any). */
export type Identified = SessionRead & { headers: Record<string, string> };

/** The actions that bind the caller's identity to a role: its session is renewed when one succeeds. */
const BINDS: ReadonlySet<string> = new Set(['admin.bootstrap', 'work.acceptInvite']);

/** What the callers' side of the server uses. */
export interface CallerDeps {
  store: Store;
  sessions: Sessions;
  /** Whether the call is over its limit (LOCAL_LIMITS), counting it. */
  held(req: IncomingMessage, name: keyof typeof LOCAL_LIMITS, openid?: string | null): boolean;
  log: ErrorLog;
}

/** Identities, session renewals on binding, and logout, over one server's sessions. */
export function createCallers({ store, sessions, held, log }: CallerDeps) {
  // A browser without a session: a new anonymous identity, no lookup (a call without any cookie, most scans from a
  // plate, gets it without an await).
  function newcomer(https: boolean): Identified {
    const openid = Sessions.anonymous();
    return { openid, user: null, renew: null, headers: { 'set-cookie': sessions.fresh(openid, https) } };
  }

  /** The caller of `req`: its session, or a new identity; `headers` carry the cookie to set, if any. */
  async function identify(req: IncomingMessage, https: boolean): Promise<Identified> {
    const known = await sessions.read(req, https);
    if (known) return { ...known, headers: known.renew ? { 'set-cookie': known.renew } : {} };
    return newcomer(https);
  }

  /** Whether a call that answered `status` bound its caller (`user` before the call) to a role. */
  function bound(fn: string, body: unknown, user: Identified['user'], status: number): boolean {
    return user === null && status === 200 && BINDS.has(`${fn}.${String((body as { action?: unknown }).action)}`);
  }

  /**
   * The Set-Cookie of a binding gained in a call (the first admin, an accepted invite): a new session. Every copy
   * of the cookie it was gained with ends, so a cookie planted in the browser or copied from it before the binding
   * never carries the role; the caller gets the new one, minted from the new version with no further read. Should
   * ending them fail, the binding stands and the old session goes on (it is the caller's own): undefined. A reply
   * lost on the way leaves the caller without a session of the bound identity (on the local runtime the session is
   * the account): an admin invites them again.
   */
  async function sessionOfBinding(openid: string, https: boolean): Promise<Record<string, string> | undefined> {
    let version: number;
    try {
      version = await endSessions(store, openid);
    } catch (err) {
      log(err, 'local.binding-session');
      return undefined;
    }
    return { 'set-cookie': sessions.atVersion(openid, version, https) };
  }

  /** POST /auth/logout: ends every copy of the caller's session (the server-side version moves on). */
  async function logout(req: IncomingMessage, res: ServerResponse, https: boolean): Promise<void> {
    if (req.method !== 'POST') return onlyPost(req, res);
    req.resume();
    const known = await sessions.read(req, https);
    if (held(req, 'logout', known?.openid)) return reply(res, failure('RATE_LIMITED'));
    const clear = known ? await sessions.logout(known.openid, https) : null;
    sendJson(res, 200, { ok: true, data: { loggedOut: known !== null } }, clear ? { 'set-cookie': clear } : {});
  }

  return { newcomer, identify, bound, sessionOfBinding, logout };
}
