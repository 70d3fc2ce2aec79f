/** Per-identity rate limits on writes: a fixed one-minute window per key, kept in memory. */

/** Counts calls per key per minute; a process-local guard (each cloud container keeps its own). */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  /** Counts one call; false when `key` already made `perMinute` calls in the current minute. */
  hit(key: string, perMinute: number, now: number): boolean {
    this.sweep(now);
    const w = this.windows.get(key);
    if (!w || now - w.start >= 60_000) {
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    if (w.count >= perMinute) return false;
    w.count += 1;
    return true;
  }

  // Old windows are dropped once a minute so the map stays as small as the set of active callers.
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, w] of this.windows) if (now - w.start >= 60_000) this.windows.delete(key);
  }
}
