/**
 * Rate limits on writes and secret checks: a fixed one-minute window per key, kept in memory. A call is counted
 * against every key it answers to (the identity, the client address) and refused when any of them is spent, so a
 * client that drops its cookie (a new identity each call) is still held by its address.
 */
import { trimOldest } from '../memory/bounded-map';

/** One key and the most calls it may make in a minute. */
export interface RateCheck {
  key: string;
  perMinute: number;
}

/** Past this many live keys the oldest windows are dropped first, so a flood of new keys cannot grow memory unbounded. */
const MAX_KEYS = 200_000;

/** Counts calls per key per minute; a process-local guard (each cloud container keeps its own). */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;
  private readonly live: ({ start: number; count: number } | undefined)[] = [];

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
    // Plain loops over a reused list: this runs on every write (a scan included), so it allocates nothing of its
    // own but the windows it opens.
    const live = this.live;
    live.length = 0;
    for (const c of checks) {
      const w = this.windows.get(c.key);
      const current = w && now - w.start < 60_000 ? w : undefined;
      if (current && current.count >= c.perMinute) return false;
      live.push(current);
    }
    for (let i = 0; i < checks.length; i += 1) {
      const current = live[i];
      if (current) current.count += 1;
      else {
        // A new window goes to the end of the map (an expired one is deleted first), keeping start-time order.
        this.windows.delete(checks[i].key);
        this.windows.set(checks[i].key, { start: now, count: 1 });
      }
    }
    trimOldest(this.windows, MAX_KEYS);
    return true;
  }

  // Old windows are dropped so the map stays as small as the set of active callers. A window is (re)inserted when
  // it starts, so the map's order is the order of start times: the expired ones are at the front, and the sweep
  // stops at the first live one. Each call pays only for what expired since the last, never a pass over all keys
  // (which, with a key per phone and address, was a pause of the whole server once a minute).
  private sweep(now: number): void {
    if (now - this.lastSweep < 1_000) return;
    this.lastSweep = now;
    for (const [key, w] of this.windows) {
      if (now - w.start < 60_000) break;
      this.windows.delete(key);
    }
  }
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
  const checks: RateCheck[] = [{ key: `id:${openid ?? 'anonymous'}:${name}`, perMinute }];
  if (address) checks.push({ key: `ip:${address}:${name}`, perMinute: perAddress });
  return checks;
}
