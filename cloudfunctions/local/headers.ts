/**
 * Security headers on every response of the local runtime, and the check of a request's URL before routing.
 * The Content-Security-Policy allows what the H5 build was measured to need (README, "Web hardening").
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Scripts only from this origin (the H5 build has no inline script); styles may be inline because Taro's H5
 * runtime and React set `style` attributes and inject <style> elements at run time; images also from data: and
 * blob: (canvas exports, picked photos before upload); no plugins; no framing by anyone.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: [string, string][] = [
  ['content-security-policy', CONTENT_SECURITY_POLICY],
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  ['x-frame-options', 'DENY'],
  ['cross-origin-opener-policy', 'same-origin'],
];

/** Sets the security headers; writeHead's own headers merge over them, so every reply carries them. */
export function setSecurityHeaders(res: ServerResponse, https: boolean): void {
  for (const [name, value] of HEADERS) res.setHeader(name, value);
  // HSTS only where the browser reached us over HTTPS: on plain http it would be ignored, or mislead a proxy.
  if (https) res.setHeader('strict-transport-security', 'max-age=15552000');
}

/** Longest path accepted: plate links and assets are far shorter. */
export const MAX_PATH_CHARS = 2048;

/**
 * The decoded path of a well-formed request URL, or null for a malformed one: over MAX_PATH_CHARS, bad
 * percent-encoding, a NUL or other control character, a backslash or a `..` / `.` segment (raw or encoded).
 */
export function checkedPath(req: IncomingMessage): string | null {
  const url = req.url ?? '/';
  if (url.length > MAX_PATH_CHARS || !url.startsWith('/')) return null;
  const raw = url.split(/[?#]/)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return null;
  if (decoded.split('/').some((seg) => seg === '..' || seg === '.')) return null;
  return raw;
}
