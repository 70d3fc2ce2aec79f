/** The store port's groups of bound users, invites to bind, and small persistent settings. */
import type { User } from '~/types/domain';
import type { AcceptOutcome, AuditEntry, InviteRow, VolunteerRow } from '../rows';

/** The store's bound users. */
export interface UsersPort {
  /** The bound user of an openid, or null for a plain resident. */
  byOpenid(openid: string): Promise<User | null>;
  /** Every bound user (demo identities, admin lists). */
  list(limit: number): Promise<User[]>;
  /** The bound users of these volunteers (to notify the volunteers of a post). */
  byVolunteerIds(volunteerIds: string[]): Promise<User[]>;
  /** The bound users working for a service point (to notify an office). */
  byService(serviceId: string): Promise<User[]>;
  /** Stores a user, replacing the row of the same openid (profile edits of staff). */
  put(user: User): Promise<void>;
  /**
   * Removes the binding of an openid (解除绑定); false when it was not bound. `audit`, when given, is stored in the
   * same unit on SQLite; CloudBase stores it just before the removal (a removed document cannot carry it).
   */
  unbind(openid: string, audit?: AuditEntry): Promise<boolean>;
  /** How many users have this role (bootstrap: is there any admin yet?). */
  countByRole(role: User['role']): Promise<number>;
  /** Binds the first admin only if no admin exists, in one unit with `audit`: false when one already did. */
  putFirstAdmin(user: User, audit: AuditEntry): Promise<boolean>;
  /** Bound admins whose region code starts with `prefix`, openid order, at most `limit` (管理员列表). */
  adminsIn(prefix: string, limit: number): Promise<User[]>;
}

/** The store's invites (邀请). */
export interface InvitesPort {
  /** Stores a new invite with `audit`, when given, in one unit (codes are random; a clash throws, writing nothing). */
  create(invite: InviteRow, audit?: AuditEntry): Promise<void>;
  byCode(code: string): Promise<InviteRow | null>;
  /** Unused invites created inside a region (regionCode prefix as scope.ts defines), newest first. */
  forRegion(scopeCode: string, limit: number): Promise<InviteRow[]>;
  /**
   * In one unit: marks the invite used by `user.openid` (only if still unused), stores the user (replacing any
   * row of that openid) and, when given, the volunteer row and the audit entry. 'used' or 'missing' write nothing.
   */
  accept(
    code: string,
    user: User,
    volunteer: VolunteerRow | null,
    at: number,
    audit?: AuditEntry,
  ): Promise<AcceptOutcome>;
}

/** The store's small persistent settings. */
export interface MetaPort {
  /** A small persistent setting (e.g. the visitor-hash salt), or null. */
  get(key: string): Promise<string | null>;
  /**
   * Stores a setting, replacing the key's value. With `expiresAt` (ms) the key is a note the timer's sweep
   * (sweepClaims) removes once that time has passed; without it, it is kept. `audit`, when given, is stored with
   * it as one unit (a setting an admin changes); a key once set with an entry is always set with one.
   */
  set(key: string, value: string, options?: { expiresAt?: number; audit?: AuditEntry }): Promise<void>;
  /**
   * Stores `value` under `key` only if the key is free, in one unit: `claimed` is true for the one caller that
   * stored it, and `value` is what the key holds after the call (the first claimer's value). An idempotency key,
   * kept until `expiresAt` (ms) has passed and a sweep removes it.
   */
  claim(key: string, value: string, expiresAt: number): Promise<{ claimed: boolean; value: string }>;
  /** Removes the claims whose expiry is at or before `now` (settings never expire); returns how many. */
  sweepClaims(now: number): Promise<number>;
}
