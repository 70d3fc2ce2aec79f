/**
 * Security headers on every response of the local runtime, and the check of a request's URL before routing.
 * The Content-Security-Policy allows what the H5 build was measured to need (README, "Web hardening").
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

/**
 * The hashes of the inline scripts of the H5 build's index.html: Taro puts one there (it sets the root font size
 * for rem units before the bundle loads). Allowing exactly those keeps every other inline script out.
 */
export function inlineScriptHashes(staticDir: string): string[] {
  const file = join(staticDir, 'index.html');
  if (!existsSync(file)) return [];
  const html = readFileSync(file, 'utf8');
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * Scripts only from this origin and the build's own inline scripts (by hash); styles: see STYLE_SRC; images also
 * from data: and blob: (picked photos before upload); connections to this origin and to blob: (the H5 upload reads a
 * picked photo's bytes from its object URL, which only this document can mint); no plugins; no framing by anyone.
 */
export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    STYLE_SRC,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The policy of an API reply (`/api/*`): JSON is data, never a document, so it may load, run and embed nothing and be
 * framed by nobody (OWASP's REST security cheat sheet). Stricter than the page's policy, and a third of its length:
 * every scan's reply carries it, and Node checks and copies each header value of every reply.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Inline styles are allowed: measured in Chromium over dist/h5 (test/e2e/csp.test.ts), `style-src 'self'` blocks
 * <style> elements that Taro's runtime and components inject from the main bundles (style-src-elem) and `style`
 * attributes set by a page chunk (style-src-attr), dozens per page; they are generated at run time, so no hash
 * list can name them. Styles cannot run code; scripts stay hash-locked.
 */
const STYLE_SRC = "style-src 'self' 'unsafe-inline'";

const HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

// HSTS only where the browser reached us over HTTPS: on plain http it would be ignored, or mislead a proxy.
const HSTS = { 'strict-transport-security': 'max-age=15552000' };

/** The security headers of a reply, as one object for writeHead (made once per scheme by the server). */
export function securityHeaders(csp: string, https: boolean): Readonly<Record<string, string>> {
  return Object.freeze({ 'content-security-policy': csp, ...HEADERS, ...(https ? HSTS : {}) });
}

/** Sets `headers` (securityHeaders) on a reply; writeHead's own headers merge over them. */
export function setSecurityHeaders(res: ServerResponse, headers: Readonly<Record<string, string>>): void {
  for (const name of Object.keys(headers)) res.setHeader(name, headers[name]);
}

/** A path with nothing to decode or check (checkedPath). */
const PLAIN_PATH = /^[A-Za-z0-9/_-]*$/;

/** Longest path accepted: plate links and assets are far shorter. */
export const MAX_PATH_CHARS = 2048;

/**
 * The decoded path of a well-formed request URL, or null for a malformed one: over MAX_PATH_CHARS, bad
 * percent-encoding, a NUL or other control character, a backslash or a `..` / `.` segment (raw or encoded).
 */
export function checkedPath(req: IncomingMessage): string | null {
  const url = req.url ?? '/';
  if (url.length > MAX_PATH_CHARS || !url.startsWith('/')) return null;
  // Letters, digits, `/`, `_` and `-` alone (an API call, a plate link) cannot hold any of the above: taken as is.
  if (PLAIN_PATH.test(url)) return url;
  const raw = url.split(/[?#]/)[0];
  let decoded: string;
  let query: string;
  try {
    decoded = decodeURIComponent(raw);
    // A query with a broken escape (%ZZ, a cut UTF-8 sequence) is a malformed URL too, whatever path it follows.
    query = decodeURIComponent(url.slice(raw.length));
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return null;
  // Nor in the query (a value that would split a header or a log line if it ever reached one).
  // eslint-disable-next-line no-control-regex -- as above
  if (/[\u0000-\u001f\u007f]/.test(query)) return null;
  if (decoded.split('/').some((seg) => seg === '..' || seg === '.')) return null;
  return raw;
}

/**
 * The raw reply to a request Node's parser refused before any handler saw it (a malformed request line or header,
 * headers too large, a request that timed out): Node's own reply carries none of the security headers, so this one
 * is written on the socket instead, with them, a JSON body like every other refusal, and the connection closed.
 */
export function clientErrorReply(code: string | undefined, headers: Readonly<Record<string, string>>): string {
  const [status, reason] =
    code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large']
      : code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout']
        : [400, 'Bad Request'];
  const message = status === 408 ? '请求超时，请重试' : '请求格式不正确';
  return rawReply(`${status} ${reason}`, { code: 'MALFORMED_BODY', message }, headers);
}

/**
 * A whole reply written straight to a socket (no ServerResponse exists for it: a request the parser refused, a
 * CONNECT), with the security headers and a JSON failure body, closing the connection.
 */
export function rawReply(
  statusLine: string,
  error: { code: string; message: string },
  headers: Readonly<Record<string, string>>,
  extra: Readonly<Record<string, string>> = {},
): string {
  const body = JSON.stringify({ ok: false, error });
  const lines = [
    `HTTP/1.1 ${statusLine}`,
    ...Object.entries({ ...headers, ...extra }).map(([name, value]) => `${name}: ${value}`),
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}
