/**
 * The local runtime: one HTTP server hosting the same function entries as the cloud, over the sqlite store,
 * plus the H5 build, plate links and the demo endpoints. Contract: DESIGN.md, "The local runtime".
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { POST_ID_PATTERN } from '../../types/ids';
import contentFilter from '../../data/content-filter.json';
import type { ContentChecker } from '../domain/content-check';
import { wordListChecker } from '../domain/content-words';
import { NO_PUSH, type HandlerContext } from '../domain/context';
import { devCron } from './timer';
import { dispatch, failure, type ErrorLog } from '../functions/dispatch';
import { RateLimiter } from '../functions/rate-limit';
import { ROUTES, isFunctionName } from '../functions/routes';
import type { Store } from '../store/port';
import { demoIdentities, samplePosts } from './demo';
import { BodyTooLarge, readBody, sendHtml, sendJson } from './http-util';
import { landingLocation, unknownPostPage } from './pages';
import { serveQr } from './qr';
import { INVITE_QR_PREFIX, serveInviteQr } from './invite-qr';
import { qrVerification } from './qr-verify';
import { Sessions } from './session';
import { createStaticHandler } from './static';
import { servePhoto, upload } from './uploads';
import { linkAllows, localEvidence } from './evidence-links';

/** How the server is set up. */
export interface LocalOptions {
  store: Store;
  /** Serve /dev/* (demo identities); off in production-like runs (DEMO=0). */
  demo: boolean;
  /** The H5 build to serve (dist/h5). */
  staticDir: string;
  now?: () => number;
  log?: ErrorLog;
  /** The content check of user text; the demo word list (data/content-filter.json) by default. */
  contentChecker?: ContentChecker;
  /** Binds the first admin (admin.bootstrap); ADMIN_BOOTSTRAP_SECRET by default, off when empty. */
  bootstrapSecret?: string | null;
}

/** The admin function takes CSV files of posts to import (base64 of up to 2 MB): a larger body than the rest. */
const ADMIN_MAX_BODY = 3 * 1024 * 1024;

async function secret(store: Store, key: string): Promise<string> {
  const known = await store.meta.get(key);
  if (known) return known;
  const made = randomBytes(32).toString('hex');
  await store.meta.set(key, made);
  return made;
}

/** Creates (but does not start) the local HTTP server. */
export async function createLocalServer(opts: LocalOptions): Promise<Server> {
  const { store, demo } = opts;
  const now = opts.now ?? Date.now;
  const sessions = new Sessions(await secret(store, 'session_secret'));
  const visitorSalt = await secret(store, 'visitor_salt');
  // 32 random bytes, kept hex-encoded like the other secrets; they encrypt personal numbers at rest.
  const dataKey = Buffer.from(await secret(store, 'data_key'), 'hex');
  const contentChecker = opts.contentChecker ?? wordListChecker(contentFilter.words);
  const limiter = new RateLimiter();
  const bootstrapSecret = opts.bootstrapSecret ?? process.env.ADMIN_BOOTSTRAP_SECRET ?? null;
  const serveStatic = createStaticHandler(opts.staticDir);
  const evidenceKey = await secret(store, 'evidence_link_secret');
  const evidence = localEvidence(evidenceKey, now);
  const qrVerify = qrVerification(process.env);

  // Every browser gets a signed identity on its first call, so unique visitors count as on WeChat.
  function identify(req: IncomingMessage): { openid: string; headers: Record<string, string> } {
    const known = sessions.read(req);
    if (known) return { openid: known, headers: {} };
    const openid = Sessions.anonymous();
    return { openid, headers: { 'set-cookie': sessions.cookie(openid) } };
  }

  async function api(req: IncomingMessage, res: ServerResponse, fn: string): Promise<void> {
    if (req.method !== 'POST') return reply(res, failure('METHOD_NOT_ALLOWED'));
    if (!isFunctionName(fn)) return reply(res, failure('UNKNOWN_FUNCTION'));
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req, fn === 'admin' ? ADMIN_MAX_BODY : undefined)).toString('utf8'));
    } catch (err) {
      return reply(res, err instanceof BodyTooLarge ? failure('BODY_TOO_LARGE') : failure('MALFORMED_BODY'));
    }
    const { openid, headers } = identify(req);
    const user = await store.users.byOpenid(openid);
    const ctx: HandlerContext = {
      store,
      identity: { openid, user },
      now,
      secrets: { visitorSalt, dataKey, bootstrapSecret },
      contentChecker,
      pusher: NO_PUSH,
      evidence,
    };
    const out = await dispatch(fn, ROUTES[fn], body, ctx, limiter, opts.log);
    sendJson(res, out.status, out.result, headers);
  }

  async function dev(req: IncomingMessage, res: ServerResponse, what: string): Promise<void> {
    if (!demo) return sendJson(res, 404, failure('NOT_FOUND').result);
    const identities = await demoIdentities(store);
    if (what === 'demo' && req.method === 'GET') {
      const base = `http://${req.headers.host ?? 'localhost'}`;
      return sendJson(res, 200, { identities, samplePosts: await samplePosts(store, base) });
    }
    if (what === 'login' && req.method === 'POST') {
      let openid: unknown;
      try {
        openid = (JSON.parse((await readBody(req)).toString('utf8')) as { openid?: unknown }).openid;
      } catch {
        return reply(res, failure('MALFORMED_BODY'));
      }
      const who = identities.find((i) => i.openid === openid);
      if (!who) return reply(res, failure('INVALID_INPUT', '没有这个演示身份'));
      return sendJson(res, 200, { ok: true, data: who }, { 'set-cookie': sessions.cookie(who.openid) });
    }
    if (what === 'cron' && req.method === 'POST') return devCron(req, res, store, now);
    return sendJson(res, 404, failure('NOT_FOUND').result);
  }

  async function plate(res: ServerResponse, postId: string): Promise<void> {
    const post = POST_ID_PATTERN.test(postId) ? await store.posts.byId(postId) : null;
    if (!post) return sendHtml(res, 404, unknownPostPage());
    res.writeHead(302, { location: landingLocation(post.id), 'cache-control': 'no-store' });
    res.end();
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/healthz') return sendJson(res, 200, { ok: true });
    if (pathname.startsWith('/api/')) return api(req, res, pathname.slice(5));
    if (pathname === '/upload') {
      const who = identify(req);
      return upload(req, res, { store, now, limiter }, who.openid, who.headers);
    }
    if (pathname.startsWith('/files/') && req.method === 'GET') {
      const query = new URL(req.url ?? '/', 'http://local').searchParams;
      return servePhoto(res, store, sessions.read(req), pathname.slice(7), (id, viewer) =>
        linkAllows(evidenceKey, now(), id, viewer, query),
      );
    }
    if (pathname.startsWith('/dev/')) return dev(req, res, pathname.slice(5));
    if (qrVerify && pathname === qrVerify.path) {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end(qrVerify.body);
    }
    if (pathname.startsWith('/s/')) return plate(res, safeDecode(pathname.slice(3)));
    if (pathname.startsWith(INVITE_QR_PREFIX) && req.method === 'GET')
      return serveInviteQr(req, res, pathname.slice(INVITE_QR_PREFIX.length));
    if (pathname.startsWith('/qr/') && req.method === 'GET')
      return serveQr(req, res, store, safeDecode(pathname.slice(4)));
    if ((req.method === 'GET' || req.method === 'HEAD') && serveStatic(req, res, pathname)) return;
    sendJson(res, 404, failure('NOT_FOUND').result);
  }

  return createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      (opts.log ?? console.error)(err, 'local');
      if (!res.headersSent) reply(res, failure('INTERNAL'));
      else res.destroy();
    });
  });
}

function reply(res: ServerResponse, out: { status: number; result: unknown }): void {
  sendJson(res, out.status, out.result);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
