/**
 * An amount a client address may use in a window of time: the bytes of uploads an hour and a day
 * (local/uploads.ts), the submissions of requests an hour (requests/submit.ts). The per-identity caps hold a person;
 * a client that drops its cookie is a new identity each call, and the per-minute counts alone would let one address
 * upload 24 photos of 2 MB a minute, or file 20 requests a minute, all hour long. An IPv6 address (a /64) is counted
 * with its /56 as well, which may use NETWORK_FACTOR addresses' worth, as the per-minute limits count it
 * (functions/rate-limit.ts addressChecks): a home line given a /56 cannot walk through its /64s. A process-local
 * guard like the rate limits: on CloudBase a mini-program call carries no address (the OPENID is the key there),
 * and many addresses together are held only by the totals.
 */
import { NETWORK_FACTOR, networkKey } from '../functions/address-key';
import { trimOldest } from './bounded-map';

const HOUR_MS = 3600_000;
/** Keys remembered at most; past this the oldest windows go (a flood of addresses cannot grow memory). */
const MAX_KEYS = 50_000;

/** Counts an amount per address (and its /56) in windows of `windowMs`, each starting at the key's first use. */
export class AddressBudget {
  private readonly windows = new Map<string, { start: number; used: number }>();

  /** `perWindow`: what one address may use in a window; its /56 may use NETWORK_FACTOR times as much. */
  constructor(
    private readonly perWindow: number,
    private readonly windowMs: number,
  ) {}

  private current(key: string, now: number) {
    const w = this.windows.get(key);
    return w && now - w.start < this.windowMs ? w : undefined;
  }

  private used(key: string, now: number): number {
    return this.current(key, now)?.used ?? 0;
  }

  private count(key: string, amount: number, now: number): void {
    const w = this.current(key, now);
    if (w) {
      w.used = Math.max(0, w.used + amount);
      return;
    }
    if (amount <= 0) return;
    this.windows.delete(key);
    this.windows.set(key, { start: now, used: amount });
    trimOldest(this.windows, MAX_KEYS);
  }

  /** Whether `address`, or the /56 it belongs to, has used its window's amount. */
  spent(address: string, now: number): boolean {
    if (this.used(address, now) >= this.perWindow) return true;
    const network = networkKey(address);
    return network !== null && this.used(network, now) >= this.perWindow * NETWORK_FACTOR;
  }

  /** Counts `amount` against `address` and its /56 (a new window for either whose last has ended). */
  add(address: string, amount: number, now: number): void {
    this.count(address, amount, now);
    const network = networkKey(address);
    if (network) this.count(network, amount, now);
  }

  /** Takes `amount` when neither `address` nor its /56 has used its window (checked and counted at once). */
  take(address: string, amount: number, now: number): boolean {
    if (this.spent(address, now)) return false;
    this.add(address, amount, now);
    return true;
  }

  /** Gives back `amount` taken in the current windows of `address` and its /56 (a call that then failed). */
  give(address: string, amount: number, now: number): void {
    this.add(address, -amount, now);
  }

  /** Forgets every window, as a new process would. */
  clear(): void {
    this.windows.clear();
  }
}

/** An AddressBudget of one-hour windows. */
export class HourlyBudget extends AddressBudget {
  constructor(perHour: number) {
    super(perHour, HOUR_MS);
  }
}
