/**
 * Demo mode endpoints: /dev/demo (the identities and sample plates), /dev/login (pick an identity without WeChat),
 * /dev/cron (the promise timer now, or hours ahead). The server answers 404 for every /dev path when demo is off.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Role } from '~/types/domain';
import { failure } from '../functions/dispatch';
import type { Store } from '../store/port';
import { readBody, sendJson } from './http-util';
import type { LOCAL_LIMITS } from './limits';
import { isHttps, publicOrigin, type WebConfig } from './origin';
import type { Sessions } from './session';
import { devCron } from './timer';

/** One identity the demo offers. */
export interface DemoIdentity {
  openid: string;
  role: Role;
  label: string;
}

/** The resident identity: residents have no user row, so it is listed here. */
export const DEMO_RESIDENT: DemoIdentity = { openid: 'demo-resident', role: 'resident', label: '演示群众' };

/** The demo identities: the resident, then every bound user whose openid starts with `demo-`. */
export async function demoIdentities(store: Store): Promise<DemoIdentity[]> {
  const users = await store.users.list(100);
  const bound = users
    .filter((u) => u.openid.startsWith('demo-'))
    .map((u) => ({ openid: u.openid, role: u.role, label: u.label }));
  return [DEMO_RESIDENT, ...bound];
}

/** A few active posts with their plate links, for the banner and /dev/demo. */
export async function samplePosts(store: Store, baseUrl: string, n = 3) {
  const posts = await store.posts.page(null, n, 'active');
  return posts.map((p) => ({ id: p.id, name: p.name, scanUrl: `${baseUrl}/s/${p.id}` }));
}

/** What the demo endpoints use of the server. */
export interface DevDeps {
  store: Store;
  sessions: Sessions;
  web: WebConfig;
  now: () => number;
  /** Whether the call is over its limit (LOCAL_LIMITS), counting it. */
  held(req: IncomingMessage, name: keyof typeof LOCAL_LIMITS): boolean;
}

/** Answers /dev/<what> (demo mode only: the server checks). */
export async function serveDev(req: IncomingMessage, res: ServerResponse, what: string, deps: DevDeps): Promise<void> {
  const { store, sessions, web } = deps;
  const refuse = (out: ReturnType<typeof failure>) => sendJson(res, out.status, out.result);
  if ((what === 'login' && deps.held(req, 'devLogin')) || (what === 'cron' && deps.held(req, 'devCron'))) {
    req.resume();
    return refuse(failure('RATE_LIMITED'));
  }
  if (what === 'cron' && req.method === 'POST') return devCron(req, res, store, deps.now);
  const identities = await demoIdentities(store);
  if (what === 'demo' && req.method === 'GET') {
    return sendJson(res, 200, { identities, samplePosts: await samplePosts(store, publicOrigin(web, req)) });
  }
  if (what === 'login' && req.method === 'POST') {
    let openid: unknown;
    try {
      openid = (JSON.parse((await readBody(req)).toString('utf8')) as { openid?: unknown }).openid;
    } catch {
      return refuse(failure('MALFORMED_BODY'));
    }
    const who = identities.find((i) => i.openid === openid);
    if (!who) return refuse(failure('INVALID_INPUT', '没有这个演示身份'));
    const cookie = await sessions.cookie(who.openid, isHttps(web, req));
    return sendJson(res, 200, { ok: true, data: who }, { 'set-cookie': cookie });
  }
  return sendJson(res, 404, failure('NOT_FOUND').result);
}
