/**
 * The local runtime: one HTTP server hosting the same function entries as the cloud, over the sqlite store,
 * plus the H5 build, plate links and the demo endpoints. Contract: DESIGN.md, "The local runtime".
 */
import { createHmac } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { POST_ID_PATTERN } from '~/types/ids';
import contentFilter from '~/data/content-filter.json';
import type { ContentChecker } from '../domain/content-check';
import { wordListChecker } from '../domain/content-words';
import { NO_PUSH, type HandlerContext, type PlateMaker } from '../domain/context';
import { dispatch, failure, type ErrorLog } from '../functions/dispatch';
import { SECRET_MIN_CHARS, strongSecret } from '../functions/env';
import { addressChecks, rateChecks, RateLimiter } from '../functions/rate-limit';
import { ReadCache } from '../functions/read-cache';
import { ROUTES, isFunctionName } from '../functions/routes';
import type { Store } from '../store/port';
import { serveDev } from './demo';
import { BodyTooLarge, notAllowed, onlyPost, readBody, reply, safeDecode, sendHtml, sendJson } from './http-util';
import { landingLocation, unknownPostPage } from './pages';
import { serveQr } from './qr';
import { INVITE_QR_PREFIX, serveInviteQr } from './invite-qr';
import { qrVerification } from './qr-verify';
import { LOCAL_LIMITS } from './limits';
import { Sessions } from './session';
import { createCallers } from './callers';
import {
  API_CSP,
  checkedPath,
  contentSecurityPolicy,
  inlineScriptHashes,
  securityHeaders,
  setSecurityHeaders,
} from './headers';
import { fromTrustedProxy, isHttps, publicOrigin, refuseWrite, webConfigFrom, type WebConfig } from './origin';
import { loadKeys, type LocalKeys } from './secrets';
import { createStaticHandler } from './static';
import { createGuardedServer } from './guarded-server';
import { ADDRESS_PHOTO_BYTES_PER_HOUR, addressBytesToday, servePhoto, upload } from './uploads';
import { HourlyBudget } from '../memory/hourly-budget';
import { linkAllows, localEvidence } from './evidence-links';
import { serveAdminFile, uploadAdminFile } from './admin-files';
import { ownerTag } from '../domain/files/port';
import { createLocalFileStore } from './file-store';
import { localPlateMaker } from './plates';
import { clientAddress } from './client-address';
import { storeFault } from '../functions/store-faults';

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
  /** The keys (local/secrets.ts); made per process for an in-memory test server when absent. */
  keys?: LocalKeys;
  /** PUBLIC_URL and TRUST_PROXY; read from the environment when absent. */
  web?: WebConfig;
  /** Share heavy reads (routes with `cacheMs`) between callers of one scope for a few seconds (read-cache.ts). */
  readCache?: boolean;
}

/** Creates (but does not start) the local HTTP server. */
export async function createLocalServer(opts: LocalOptions): Promise<Server> {
  const { store, demo } = opts;
  const now = opts.now ?? Date.now;
  const keys = opts.keys ?? (await loadKeys({ store, dbPath: ':memory:', production: false }));
  const { visitorSalt, dataKey } = keys;
  const web = opts.web ?? webConfigFrom();
  const sessions = new Sessions(keys.sessionSecret, demo ? 'demo' : 'prod', store, now);
  const contentChecker = opts.contentChecker ?? wordListChecker(contentFilter.words, contentFilter.review);
  const limiter = new RateLimiter();
  const addressBytes = new HourlyBudget(ADDRESS_PHOTO_BYTES_PER_HOUR);
  const addressBytesDay = addressBytesToday();
  const readCache = opts.readCache ? new ReadCache() : undefined;
  const bootstrapSecret = opts.bootstrapSecret ?? (process.env.ADMIN_BOOTSTRAP_SECRET || null);
  if (bootstrapSecret && !strongSecret(bootstrapSecret))
    throw new Error(`ADMIN_BOOTSTRAP_SECRET must be at least ${SECRET_MIN_CHARS} characters (or empty: off)`);
  // The same for every call: one object, not one per call.
  const secrets = Object.freeze({ visitorSalt, dataKey, bootstrapSecret });
  const serveStatic = createStaticHandler(opts.staticDir);
  // Evidence links are signed with a key derived from the session secret: no key is ever kept in the database.
  const evidenceKey = createHmac('sha256', keys.sessionSecret).update('evidence-link').digest('hex');
  const evidence = localEvidence(evidenceKey, now);
  const qrVerify = qrVerification(process.env);
  // Read once: `npm start` builds dist/h5 before the server starts; a rebuild while running needs a restart.
  const csp = contentSecurityPolicy(inlineScriptHashes(opts.staticDir));
  // Every reply carries these (headers.ts): an API call's in its one writeHead (with the API's own policy), any
  // other's set up front.
  const secureHeaders = { http: securityHeaders(csp, false), https: securityHeaders(csp, true) };
  const apiHeaders = { http: securityHeaders(API_CSP, false), https: securityHeaders(API_CSP, true) };
  const files = createLocalFileStore(now);

  // The plate maker: its origin (PUBLIC_URL, else the listening port's) is the same for every call, so it is made
  // once, on the first call, and every call's context holds it as a plain field. (A getter in the context's literal
  // gave each call's object a hidden class of its own, which lived in old space and held the whole request past its
  // end: 2 KB a scan promoted, measured with --trace-gc-nvp; see eslint.config.mjs.)
  let plateMaker: PlateMaker | undefined;
  const platesOf = (req: IncomingMessage): PlateMaker => (plateMaker ??= localPlateMaker(publicOrigin(web, req)));

  // The client's address for the per-address limits: the forwarded one only from the proxy TRUST_PROXY names.
  const addressOf = (req: IncomingMessage): string | null =>
    clientAddress(req, web.trustProxy && fromTrustedProxy(web, req));

  // The paths outside /api that write or check a secret are held like the actions: per identity when the call has
  // one, per address always (LOCAL_LIMITS).
  const held = (req: IncomingMessage, name: keyof typeof LOCAL_LIMITS, openid: string | null = null): boolean => {
    const { perMinute, perAddress } = LOCAL_LIMITS[name];
    const address = addressOf(req);
    const checks = openid
      ? rateChecks(name, openid, address, perMinute, perAddress)
      : addressChecks(name, address, perAddress);
    return !limiter.take(checks, now());
  };
  const callers = createCallers({ store, sessions, held, log: opts.log ?? console.error });

  // A call's reply carries the security headers in its one writeHead, not set one by one beforehand: the scan is
  // the hot path, and headers set ahead make Node merge every header of the reply into them again.
  async function api(req: IncomingMessage, res: ServerResponse, pathname: string, https: boolean): Promise<void> {
    const fn = pathname.slice(5);
    // No closure over `res` for the replies below: the server runs through tsx, whose transform names every named
    // function made at run time with a defineProperty call; for one `send` arrow a call, that was ~2 % of the
    // scan server's main thread (bench/scan.ts --profile).
    const security = https ? apiHeaders.https : apiHeaders.http;
    // The method first: a DELETE is answered 405 whatever its headers, not as a write of the wrong type.
    if (req.method !== 'POST') {
      req.resume();
      return reply(res, failure('METHOD_NOT_ALLOWED'), { ...security, allow: 'POST' });
    }
    const refused = refuseWrite(req, web, pathname);
    if (refused) {
      req.resume();
      return reply(res, refused, security);
    }
    if (!isFunctionName(fn)) return reply(res, failure('UNKNOWN_FUNCTION'), security);
    let body: unknown;
    try {
      // Import files come through POST /admin-files once, never in a call: every function has the same small cap.
      body = JSON.parse((await readBody(req)).toString('utf8'));
    } catch (err) {
      return reply(res, err instanceof BodyTooLarge ? failure('BODY_TOO_LARGE') : failure('MALFORMED_BODY'), security);
    }
    const { openid, user, headers } =
      req.headers.cookie === undefined ? callers.newcomer(https) : await callers.identify(req, https);
    const ctx: HandlerContext = {
      store,
      identity: { openid, user },
      now,
      secrets,
      contentChecker,
      pusher: NO_PUSH,
      evidence,
      plates: platesOf(req),
      files,
      clientAddress: addressOf(req),
    };
    const out = await dispatch(fn, ROUTES[fn], body, ctx, limiter, opts.log, readCache);
    // Awaited only when the call bound its caller: the scan path makes no promise of it.
    const cookie = callers.bound(fn, body, user, out.status)
      ? ((await callers.sessionOfBinding(openid, https)) ?? headers)
      : headers;
    reply(res, out, cookie ? { ...security, ...cookie } : security);
  }

  async function plate(res: ServerResponse, postId: string): Promise<void> {
    const post = POST_ID_PATTERN.test(postId) ? await store.posts.byId(postId) : null;
    if (!post) return sendHtml(res, 404, unknownPostPage());
    res.writeHead(302, { location: landingLocation(post.id), 'cache-control': 'no-store' });
    res.end();
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const https = isHttps(web, req);
    // HTTP/1.1 requires Host (RFC 9112 §3.2); Node is told not to refuse it itself, so the 400 carries our headers.
    const pathname = req.headers.host === undefined && req.httpVersion === '1.1' ? null : checkedPath(req);
    if (pathname?.startsWith('/api/')) return api(req, res, pathname, https);
    setSecurityHeaders(res, https ? secureHeaders.https : secureHeaders.http);
    if (pathname === null) {
      req.resume();
      return reply(res, failure('BAD_URL'));
    }
    // Production has no /dev path at all, whatever the method or origin.
    if (!demo && pathname.startsWith('/dev/')) {
      req.resume();
      return sendJson(res, 404, failure('NOT_FOUND').result);
    }
    const refused = refuseWrite(req, web, pathname);
    if (refused) {
      req.resume();
      return reply(res, refused);
    }
    // The paths that take writes; every other path only reads, and answers 405 to any other method than GET/HEAD.
    if (pathname === '/auth/logout') return callers.logout(req, res, https);
    if (pathname === '/upload') {
      // Refused before anyone is identified: a refused request makes no session.
      if (req.method !== 'POST') return onlyPost(req, res);
      const who = await callers.identify(req, https);
      return upload(
        req,
        res,
        { store, now, limiter, addressBytes, addressBytesToday: addressBytesDay },
        { openid: who.openid, address: addressOf(req) },
        who.headers,
      );
    }
    if (pathname === '/admin-files' && req.method === 'POST') {
      const who = await sessions.read(req, https);
      const deps = { store, files, tagKey: visitorSalt, limiter, now };
      return uploadAdminFile(req, res, deps, who?.openid ?? null, addressOf(req));
    }
    if (pathname.startsWith('/dev/')) return serveDev(req, res, pathname.slice(5), { store, sessions, web, now, held });
    if (req.method !== 'GET' && req.method !== 'HEAD') return notAllowed(req, res);

    if (pathname === '/healthz') return sendJson(res, 200, { ok: true });
    if (pathname.startsWith('/files/')) {
      if (held(req, 'photoView')) return reply(res, failure('RATE_LIMITED'));
      const who = await sessions.read(req, https);
      const query = new URL(req.url ?? '/', 'http://local').searchParams;
      return servePhoto(res, store, who?.openid ?? null, pathname.slice(7), (id, viewer) =>
        linkAllows(evidenceKey, now(), id, viewer, query),
      );
    }
    if (pathname.startsWith('/admin-files/') && held(req, 'adminFileView')) return reply(res, failure('RATE_LIMITED'));
    if (pathname.startsWith('/admin-files/')) {
      const who = await sessions.read(req, https);
      const tag = who ? ownerTag(visitorSalt, who.openid) : null;
      return serveAdminFile(res, files, pathname.slice(13).split('/')[0], tag);
    }
    if (qrVerify && pathname === qrVerify.path) {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end(qrVerify.body);
    }
    if (pathname.startsWith('/s/')) return plate(res, safeDecode(pathname.slice(3)));
    if (pathname.startsWith('/qr/') && held(req, 'qr')) return reply(res, failure('RATE_LIMITED'));
    if (pathname.startsWith(INVITE_QR_PREFIX))
      return serveInviteQr(res, publicOrigin(web, req), pathname.slice(INVITE_QR_PREFIX.length));
    if (pathname.startsWith('/qr/')) return serveQr(res, store, publicOrigin(web, req), safeDecode(pathname.slice(4)));
    if (serveStatic(req, res, pathname)) return;
    sendJson(res, 404, failure('NOT_FOUND').result);
  }

  const server = createGuardedServer(
    (req, res) =>
      route(req, res).catch((err: unknown) => {
        (opts.log ?? console.error)(err, 'local');
        if (res.headersSent) return void res.destroy();
        setSecurityHeaders(res, isHttps(web, req) ? secureHeaders.https : secureHeaders.http);
        reply(res, failure(storeFault(err) ?? 'INTERNAL'));
      }),
    (req) => (req && isHttps(web, req) ? secureHeaders.https : secureHeaders.http),
  );
  return server;
}
