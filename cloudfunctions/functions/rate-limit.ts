/**
 * Rate limits on writes and secret checks: a fixed one-minute window per key, kept in memory. A call is counted
 * against every key it answers to (the identity, the client address) and refused when any of them is spent, so a
 * client that drops its cookie (a new identity each call) is still held by its address.
 */
import { FingerprintMap } from '../memory/fingerprint-map';
import { fingerprint } from '../memory/fingerprint';
import type { WindowCount, WindowsPort } from '../store/port';
import { NETWORK_FACTOR, networkKey } from './address-key';

/** One key and the most calls it may make in a minute. */
export interface RateCheck {
  key: string;
  perMinute: number;
}

/**
 * Windows remembered at most: past this many the oldest started go first (memory/fingerprint-map.ts), so a flood of
 * new keys cannot grow memory unbounded. About 12 MB when full.
 */
const MAX_KEYS = 200_000;

/**
 * A window is one number, start × WINDOW_SPAN + count (start in whole epoch ms: exact below 2^53 until the year 2248), so
 * a held caller is one slot of the map, keyed by its fingerprint (memory/fingerprint.ts). A limit above
 * WINDOW_SPAN − 1 counts as that (the largest in use is 600 a minute).
 */
const WINDOW_SPAN = 1024;
const startOf = (w: number) => Math.floor(w / WINDOW_SPAN);
const countOf = (w: number) => w % WINDOW_SPAN;

/** Counts calls per key per minute; a process-local guard (each cloud container keeps its own). */
export class RateLimiter implements Limiter {
  /** Windows in the order they started: an expired one reads as none until the sweep forgets it. */
  private readonly windows = new FingerprintMap(MAX_KEYS);
  private lastSweep = 0;
  private readonly live: number[] = [];
  private readonly keys: number[] = [];

  /** Counts one call; false when `key` already made `perMinute` calls in the current minute. */
  hit(key: string, perMinute: number, now: number): boolean {
    return this.take([{ key, perMinute }], now);
  }

  /**
   * Counts one call against every check, or none when any is spent (false). Synchronous from test to count, so
   * concurrent requests in one process cannot slip between them.
   */
  take(checks: readonly RateCheck[], now: number): boolean {
    this.sweep(now);
    // Plain loops over reused lists: this runs on every write (a scan included) and allocates nothing.
    // -1: no current window.
    const { live, keys } = this;
    live.length = 0;
    keys.length = 0;
    for (const c of checks) {
      const key = fingerprint(c.key);
      const w = this.windows.get(key);
      const current = w !== undefined && now - startOf(w) < 60_000 ? w : -1;
      if (current >= 0 && countOf(current) >= Math.min(c.perMinute, WINDOW_SPAN - 1)) return false;
      live.push(current);
      keys.push(key);
    }
    for (let i = 0; i < keys.length; i += 1) {
      const current = live[i];
      // Counting on keeps the window's place; a new window is the newest insertion, keeping start-time order.
      // Whole milliseconds: a fraction (a simulated clock) would spill into the count.
      if (current >= 0) this.windows.update(keys[i], current + 1);
      else this.windows.set(keys[i], Math.floor(now) * WINDOW_SPAN + 1);
    }
    return true;
  }

  // Expired windows are forgotten once a second, so the map holds about the callers of the last minute. New windows
  // are inserted in start order, so the expired ones are the oldest insertions and the sweep stops at the first live
  // one: each call pays only for what expired since the last.
  private sweep(now: number): void {
    if (now - this.lastSweep < 1_000) return;
    this.lastSweep = now;
    this.windows.forgetOldestWhile((w) => now - startOf(w) >= 60_000);
  }
}

/** Anything that decides whether a call may go on: the memory windows, or those and the store's. */
export interface Limiter {
  /** Counts the call; `localOnly` counts it in this process's windows alone (a route with `limitsBeside`). */
  take(checks: readonly RateCheck[], now: number, localOnly?: boolean): boolean | Promise<boolean>;
  /** The store's windows this limiter also counts in, when it has them. */
  readonly shared?: WindowsPort;
}

/** A call's rate checks as store windows of a minute. */
export const minuteWindows = (checks: readonly RateCheck[]): WindowCount[] =>
  checks.map((c) => ({ key: c.key, limit: c.perMinute, windowMs: 60_000 }));

/**
 * The limiter of a runtime with several processes (CloudBase's containers): the process's own windows first, which
 * turn a flood away without a database call, then the store's, which hold a caller across containers.
 */
export function sharedLimiter(local: RateLimiter, shared: WindowsPort): Limiter {
  return {
    shared,
    take: (checks, now, localOnly) =>
      local.take(checks, now) && (localOnly === true || shared.take(minuteWindows(checks), now)),
  };
}

/** A shared address (a village office's network, a carrier's NAT) makes more calls than one person: 4 people's worth. */
export const ADDRESS_FACTOR = 4;

/** The checks of one call: per identity always, per client address when the runtime knows it. */
export function rateChecks(
  name: string,
  openid: string | null,
  address: string | null | undefined,
  perMinute: number,
  perAddress: number = perMinute * ADDRESS_FACTOR,
): RateCheck[] {
  // One list, the address's checks appended to it: this runs on every write, a scan included.
  return addressChecks(name, address, perAddress, [{ key: `id:${openid ?? 'anonymous'}:${name}`, perMinute }]);
}

/**
 * The checks of a client address, appended to `into` (alone: a call without an identity, such as a link's secret or
 * a demo tool): the address, and for an IPv6 /64 its /56 as well (address-key.ts).
 */
export function addressChecks(
  name: string,
  address: string | null | undefined,
  perMinute: number,
  into: RateCheck[] = [],
): RateCheck[] {
  if (!address) return into;
  into.push({ key: `ip:${address}:${name}`, perMinute });
  const network = networkKey(address);
  if (network) into.push({ key: `net:${network}:${name}`, perMinute: perMinute * NETWORK_FACTOR });
  return into;
}
