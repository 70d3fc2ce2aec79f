/**
 * Signed session cookies of the local runtime: the local stand-in for WeChat's OPENID. A cookie carries the openid,
 * the mode it was minted in (demo or production: each mode signs with its own derived key), an expiry, a
 * server-side version (domain/sessions.ts: moved on by logout and by every end of a binding, so every copy of the
 * cookie dies) and the binding (role and region) it
 * was minted for, so a revoked admin or an unbound worker loses the session rather than keeping a stale one.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { User } from '~/types/domain';
import type { Store } from '../store/port';
import { endSessions, sessionVersion } from '../domain/sessions';
import { HmacSha256 } from './hmac';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'pp_sid';
/** A bound worker's or admin's session lives 30 days past its last use (renewed daily while in use). */
export const BOUND_TTL_S = 30 * 24 * 3600;
/** An anonymous resident's identity (it owns their requests) lives a year past its last use. */
export const ANON_TTL_S = 365 * 24 * 3600;
/** A cookie is re-issued once it is older than this, so active sessions slide forward. */
const RENEW_AFTER_S = 24 * 3600;

/** The mode a session belongs to: a demo session is worthless in production and the other way round. */
export type SessionMode = 'demo' | 'prod';

interface Claims {
  /** openid */
  o: string;
  m: SessionMode;
  /** expiry, epoch seconds */
  e: number;
  /** server-side version of the openid's sessions at minting */
  v: number;
  /** binding at minting: `role:region`, or '' for an unbound (resident) identity */
  b: string;
}

/** A verified session and whether its cookie should be re-issued. */
export interface SessionRead {
  openid: string;
  user: User | null;
  /** A Set-Cookie value to send (renewal or a binding gained since minting), or null. */
  renew: string | null;
}

/** The binding a session is minted for: what an admin's revocation or a worker's unbinding changes. */
export function bindingOf(user: User | null): string {
  return user ? `${user.role}:${user.regionCode}` : '';
}

/** Mints and verifies session cookies against a secret kept apart from the data (local/secrets.ts). */
export class Sessions {
  private readonly mac: HmacSha256;

  constructor(
    secret: string,
    private readonly mode: SessionMode,
    private readonly store: Store,
    private readonly now: () => number,
  ) {
    // One derived key per mode: flipping DEMO turns every cookie of the other mode into a forgery.
    this.mac = new HmacSha256(createHmac('sha256', secret).update(`pp-session:${mode}`).digest());
  }

  private sign(payload: string): string {
    return this.mac.digest(payload, 'base64url');
  }

  private version(openid: string): Promise<number> {
    return sessionVersion(this.store, openid);
  }

  /**
   * The session on the request, or null (missing, forged, other mode, expired, logged out or revoked). `secure`:
   * whether a re-issued cookie is marked Secure (the request came over HTTPS).
   */
  async read(req: IncomingMessage, secure: boolean): Promise<SessionRead | null> {
    const claims = this.verify(cookieValue(req.headers.cookie, SESSION_COOKIE));
    if (!claims) return null;
    const nowS = Math.floor(this.now() / 1000);
    if (claims.m !== this.mode || claims.e <= nowS) return null;
    // Demo identities never act in production, even when an old demo database is served with DEMO=0.
    if (this.mode === 'prod' && claims.o.startsWith('demo-')) return null;
    if (claims.v !== (await this.version(claims.o))) return null;
    const user = await this.store.users.byOpenid(claims.o);
    const binding = bindingOf(user);
    // Gaining a binding (bootstrap, invite) keeps the session; losing or changing one (revoked, unbound) ends it.
    if (claims.b !== binding && claims.b !== '') return null;
    // A cookie minted before its identity was bound lives as a bound one would have: 30 days from its minting, not
    // the resident's year, so no copy of it made before the binding outlives a worker's or an admin's session.
    if (binding !== '' && claims.b === '' && claims.e - ANON_TTL_S + BOUND_TTL_S <= nowS) return null;
    const ttl = binding ? BOUND_TTL_S : ANON_TTL_S;
    const stale = claims.b !== binding || claims.e - nowS < ttl - RENEW_AFTER_S;
    return { openid: claims.o, user, renew: stale ? this.mint(claims.o, user, claims.v, secure) : null };
  }

  private verify(raw: string | null): Claims | null {
    if (!raw) return null;
    const dot = raw.lastIndexOf('.');
    if (dot <= 0) return null;
    const payload = raw.slice(0, dot);
    const given = Buffer.from(raw.slice(dot + 1));
    const expected = Buffer.from(this.sign(payload));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const c = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<Claims>;
      const ok =
        typeof c.o === 'string' && typeof c.m === 'string' && typeof c.e === 'number' && typeof c.v === 'number';
      return ok && typeof c.b === 'string' ? (c as Claims) : null;
    } catch {
      return null;
    }
  }

  private mint(openid: string, user: User | null, version: number, secure: boolean): string {
    const b = bindingOf(user);
    const maxAge = b ? BOUND_TTL_S : ANON_TTL_S;
    const claims: Claims = { o: openid, m: this.mode, e: Math.floor(this.now() / 1000) + maxAge, v: version, b };
    const payload = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
    return cookieHeader(`${payload}.${this.sign(payload)}`, maxAge, secure);
  }

  /** A Set-Cookie header value binding the browser to `openid` (as its current binding and version). */
  async cookie(openid: string, secure: boolean): Promise<string> {
    return this.mint(openid, await this.store.users.byOpenid(openid), await this.version(openid), secure);
  }

  /**
   * The cookie of `openid` at `version` (just moved on by the caller), minted unbound without reading anything: the
   * next request renews it as the identity's binding (read: a binding gained since minting keeps the session).
   */
  atVersion(openid: string, version: number, secure: boolean): string {
    return this.mint(openid, null, version, secure);
  }

  /** The cookie of a fresh anonymous identity: unbound and never logged out, so no lookup is needed. */
  fresh(openid: string, secure: boolean): string {
    return this.mint(openid, null, 0, secure);
  }

  /**
   * Ends every session of `openid` (all copies of its cookie) and returns a Set-Cookie that clears this one. Anyone
   * can make an identity (resident.me) and log it out, so the version row this writes is no permanent row: it
   * expires when the longest session minted before now (ANON_TTL_S) has lapsed, and the timer removes it. By then
   * no cookie of the older versions is left, and after a logout no cookie is minted for the identity again (a
   * cookie refused gets a new identity), so the version reading 0 again lets none of them back. (Only /dev/login
   * mints cookies for a fixed identity, in demo mode, where anyone may be anyone.)
   */
  async logout(openid: string, secure: boolean): Promise<string> {
    await endSessions(this.store, openid, this.now() + ANON_TTL_S * 1000);
    return cookieHeader('', 0, secure);
  }

  /** A fresh anonymous identity for a browser that has none, so unique visitors can be counted. */
  static anonymous(): string {
    return `anon-${randomUUID()}`;
  }
}

function cookieHeader(value: string, maxAge: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
