/** Signed session cookies of the local runtime: the local stand-in for WeChat's OPENID. */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'pp_sid';
const MAX_AGE_S = 365 * 24 * 3600;

/** Signs and verifies `openid.signature` cookie values with an HMAC secret kept in the database. */
export class Sessions {
  constructor(private readonly secret: string) {}

  private sign(openid: string): string {
    return createHmac('sha256', this.secret).update(openid).digest('base64url');
  }

  /** The openid of a valid session cookie on the request, or null (missing, malformed or forged). */
  read(req: IncomingMessage): string | null {
    const raw = cookieValue(req.headers.cookie, SESSION_COOKIE);
    if (!raw) return null;
    const dot = raw.lastIndexOf('.');
    if (dot <= 0) return null;
    const openid = Buffer.from(raw.slice(0, dot), 'base64url').toString('utf8');
    const given = Buffer.from(raw.slice(dot + 1));
    const expected = Buffer.from(this.sign(openid));
    return given.length === expected.length && timingSafeEqual(given, expected) ? openid : null;
  }

  /** A Set-Cookie header value binding the browser to `openid`. */
  cookie(openid: string): string {
    const value = `${Buffer.from(openid, 'utf8').toString('base64url')}.${this.sign(openid)}`;
    return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${MAX_AGE_S}`;
  }

  /** A fresh anonymous identity for a browser that has none, so unique visitors can be counted. */
  static anonymous(): string {
    return `anon-${randomUUID()}`;
  }
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
