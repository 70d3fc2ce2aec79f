/**
 * Bytes a client address may upload in an hour. The per-identity cap (uploads.ts, OWNER_PHOTO_BYTES) holds a
 * person; a client that drops its cookie is a new identity each upload, and the per-minute count alone would let
 * one address write 24 photos of 2 MB a minute, filling the store long before the timer sweeps unattached photos
 * (24 h). A process-local guard like the rate limits: many addresses together are held only by the total cap.
 */
import { trimOldest } from '../memory/bounded-map';

const HOUR_MS = 3600_000;
/** Addresses remembered at most; past this the oldest windows go (a flood of addresses cannot grow memory). */
const MAX_ADDRESSES = 50_000;

/** Counts bytes per key in one-hour windows, each starting at the key's first upload. */
export class HourlyBytes {
  private readonly windows = new Map<string, { start: number; bytes: number }>();
  constructor(private readonly perHour: number) {}

  private current(key: string, now: number) {
    const w = this.windows.get(key);
    return w && now - w.start < HOUR_MS ? w : undefined;
  }

  /** Whether `key` has used its hour's bytes. */
  spent(key: string, now: number): boolean {
    return (this.current(key, now)?.bytes ?? 0) >= this.perHour;
  }

  /** Counts `bytes` against `key`'s hour (a new window when the last has ended). */
  add(key: string, bytes: number, now: number): void {
    const w = this.current(key, now);
    if (w) {
      w.bytes += bytes;
      return;
    }
    this.windows.delete(key);
    this.windows.set(key, { start: now, bytes });
    trimOldest(this.windows, MAX_ADDRESSES);
  }
}
