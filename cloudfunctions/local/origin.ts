/**
 * Where the local runtime is reached and who may change state on it: the public URL (PUBLIC_URL) that plate and
 * QR links are built from (never the Host header), whether a proxy in front is trusted (TRUST_PROXY=1: one on this
 * machine; TRUST_PROXY=<addresses>: those; then, on a request that came from it, X-Forwarded-Proto decides `Secure`
 * cookies and X-Forwarded-For the client address; from any other peer, or without the setting, both are ignored),
 * and the same-origin rule of every state-changing request.
 */
import { failure } from '../functions/dispatch';
import type { Env } from './secrets';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** The web settings of the local runtime. */
export interface WebConfig {
  /** PUBLIC_URL's origin, or null: then http://localhost:<the port the request came in on>. */
  publicUrl: string | null;
  trustProxy: boolean;
  /**
   * The proxies trusted when `trustProxy` is on, by the address they connect from; absent, a proxy on this machine
   * (a loopback peer). A client that reaches the port past the proxy is never believed.
   */
  proxies?: readonly string[];
}

/** A peer address without the IPv4-mapped prefix (::ffff:10.0.0.5 → 10.0.0.5). */
const bare = (address: string) => (address.startsWith('::ffff:') ? address.slice(7) : address);

/** Whether `req` came from a trusted proxy, so its forwarded headers count. */
export function fromTrustedProxy(cfg: WebConfig, req: IncomingMessage): boolean {
  if (!cfg.trustProxy) return false;
  const peer = bare(req.socket.remoteAddress ?? '');
  return cfg.proxies ? cfg.proxies.includes(peer) : peer === '::1' || peer.startsWith('127.');
}

/** TRUST_PROXY's value: off ('' or 0), a proxy on this machine (1), or the proxies' addresses, comma-separated. */
function proxiesFrom(raw: string | undefined): Pick<WebConfig, 'trustProxy' | 'proxies'> {
  const value = (raw ?? '').trim();
  if (value === '' || value === '0') return { trustProxy: false };
  if (value === '1') return { trustProxy: true };
  const list = value.split(',').map((a) => bare(a.trim()));
  const wrong = list.filter((a) => isIP(a) === 0);
  if (wrong.length > 0) {
    throw new Error(
      `TRUST_PROXY is 1 (a proxy on this machine) or the proxies' IP addresses; not: ${wrong.join(', ')}`,
    );
  }
  return { trustProxy: true, proxies: list };
}

/** Reads PUBLIC_URL and TRUST_PROXY; throws on a PUBLIC_URL that is not an http(s) origin. */
export function webConfigFrom(env: Env = process.env): WebConfig {
  const raw = env.PUBLIC_URL?.trim();
  let publicUrl: string | null = null;
  if (raw) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new Error(`PUBLIC_URL is not a URL: ${raw}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`PUBLIC_URL must be http(s): ${raw}`);
    publicUrl = url.origin;
  }
  return { publicUrl, ...proxiesFrom(env.TRUST_PROXY) };
}

/** The origin links are built from: PUBLIC_URL, else http://localhost:<port>. */
export function publicOrigin(cfg: WebConfig, req: IncomingMessage): string {
  return cfg.publicUrl ?? `http://localhost:${req.socket.localPort ?? 80}`;
}

/** The origins a browser page of this server may have: PUBLIC_URL's, else the loopback names of the port. */
function allowedOrigins(cfg: WebConfig, req: IncomingMessage): string[] {
  if (cfg.publicUrl) return [cfg.publicUrl];
  const port = req.socket.localPort ?? 80;
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
}

/** Whether the request reached us over HTTPS (by PUBLIC_URL, or a trusted proxy's X-Forwarded-Proto). */
export function isHttps(cfg: WebConfig, req: IncomingMessage): boolean {
  // An https public URL is how the server is reached, whatever one hop says: its cookies are always Secure.
  if (cfg.publicUrl?.startsWith('https:')) return true;
  // Without the header (the usual case) nothing is split or copied: this runs on every call.
  const given = cfg.trustProxy && fromTrustedProxy(cfg, req) ? req.headers['x-forwarded-proto'] : undefined;
  if (given === undefined) return false;
  // The last entry, the one the trusted proxy appended (as for X-Forwarded-For); earlier ones are the client's.
  const list = String(given).split(',');
  return list[list.length - 1].trim().toLowerCase() === 'https';
}

/**
 * Whether a state-changing request may come from where it says it comes from. A browser sends Origin on every
 * cross-origin POST (and Chromium and Firefox on same-origin ones too), and Sec-Fetch-Site where it supports
 * Fetch Metadata: either one naming another site is refused. A request with neither is a non-browser client
 * (curl, the tests, a script): it cannot carry a victim's cookie, and a browser cannot send one without Origin
 * under the content types required here (application/json, image/*), which are not CORS-safelisted, so a
 * cross-site page gets a preflight this server never approves.
 */
export function sameOrigin(cfg: WebConfig, req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return allowedOrigins(cfg, req).includes(origin);
}

/** The media type of the request's body, lower case, without parameters. */
export function mediaType(req: IncomingMessage): string {
  return String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
}

/** Paths whose writes carry JSON; photo uploads check their own (image) types. */
const JSON_WRITES = /^\/(api|dev|auth)\//;
/** The media type an admin's import file is sent in (the H5 app sends it so). */
const IMPORT_TYPE = 'text/csv';

/**
 * Every state-changing request: refused from another site (403) and, in any other content type than its own (JSON,
 * or an import file's text/csv), 415: a cross-site HTML form can send only the CORS-safelisted types (text/plain, a
 * form's encodings) without a preflight, so none of its requests gets this far.
 */
export function refuseWrite(req: IncomingMessage, web: WebConfig, pathname: string): ReturnType<typeof failure> | null {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return null;
  if (!sameOrigin(web, req)) return failure('CROSS_SITE');
  if (JSON_WRITES.test(pathname) && mediaType(req) !== 'application/json') return failure('UNSUPPORTED_MEDIA_TYPE');
  if (pathname === '/admin-files' && mediaType(req) !== IMPORT_TYPE) return failure('UNSUPPORTED_MEDIA_TYPE');
  return null;
}
