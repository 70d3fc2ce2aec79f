/**
 * An amount a key (a client address) may use in an hour: the bytes of uploads (local/uploads.ts), the submissions
 * of requests (requests/submit.ts). The per-identity caps hold a person; a client that drops its cookie is a new
 * identity each call, and the per-minute counts alone would let one address upload 24 photos of 2 MB a minute, or
 * file 20 requests a minute, all hour long. A process-local guard like the rate limits: on CloudBase a mini-program
 * call carries no address (the OPENID is the key there), and many addresses together are held only by the totals.
 */
import { trimOldest } from './bounded-map';

const HOUR_MS = 3600_000;
/** Keys remembered at most; past this the oldest windows go (a flood of addresses cannot grow memory). */
const MAX_KEYS = 50_000;

/** Counts an amount per key in one-hour windows, each starting at the key's first use. */
export class HourlyBudget {
  private readonly windows = new Map<string, { start: number; used: number }>();
  constructor(private readonly perHour: number) {}

  private current(key: string, now: number) {
    const w = this.windows.get(key);
    return w && now - w.start < HOUR_MS ? w : undefined;
  }

  /** Whether `key` has used its hour's amount. */
  spent(key: string, now: number): boolean {
    return (this.current(key, now)?.used ?? 0) >= this.perHour;
  }

  /** Counts `amount` against `key`'s hour (a new window when the last has ended). */
  add(key: string, amount: number, now: number): void {
    const w = this.current(key, now);
    if (w) {
      w.used += amount;
      return;
    }
    this.windows.delete(key);
    this.windows.set(key, { start: now, used: amount });
    trimOldest(this.windows, MAX_KEYS);
  }

  /** Takes `amount` when `key` has not used its hour yet (checked and counted at once); false when it has. */
  take(key: string, amount: number, now: number): boolean {
    if (this.spent(key, now)) return false;
    this.add(key, amount, now);
    return true;
  }

  /** Gives back `amount` taken in `key`'s current hour (a call that then failed). */
  give(key: string, amount: number, now: number): void {
    const w = this.current(key, now);
    if (w) w.used = Math.max(0, w.used - amount);
  }

  /** Forgets every window, as a new process would. */
  clear(): void {
    this.windows.clear();
  }
}
