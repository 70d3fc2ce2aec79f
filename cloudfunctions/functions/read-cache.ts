/**
 * A short-lived cache of heavy reads, shared by callers of the same scope. A city dashboard is hundreds of
 * queries over the daily counters; when many admins (or one admin's several tabs) ask for the same figures in the
 * same seconds, the server computes them once and every caller of that scope gets that answer. Concurrent callers
 * wait for the one computation in flight rather than each starting their own. Only routes that declare `cacheMs`
 * are cached, and only where the runtime opts in (the local server started by `npm start`).
 */
import { trimOldest } from '../memory/bounded-map';

/** Past this many entries the oldest go first, so many scopes and periods cannot grow memory unbounded. */
const MAX_ENTRIES = 1000;

interface Entry {
  at: number;
  value: Promise<unknown>;
}

/** Results by key, each kept for the caller-given time; failures are never kept. */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();

  /** The value of `key` computed within `ttlMs` before `now`, or `compute()`'s, which is then kept. */
  get<T>(key: string, ttlMs: number, now: number, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && now - hit.at < ttlMs && now >= hit.at) return hit.value as Promise<T>;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { at: now, value });
    // A failed computation is forgotten at once: the next caller tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    trimOldest(this.entries, MAX_ENTRIES);
    return value;
  }
}
