/**
 * What keeps the scan figures honest: when a scan may be dated (the reporting floor), whether it is counted (once
 * per visitor per post per window, and at most a few per client address per post), and whether its location is
 * believed (a claim: it reaches the in-circle figure only when plausible).
 *
 * The dashboard's 扫码次数 are therefore visits, not taps: a resident who scans a plate five times in ten minutes
 * (the page did not load, they showed a neighbour) made one visit. Repeats are acknowledged to the client (the
 * landing page answers as usual, `recorded: false`) and kept nowhere, so no figure can be read off them.
 *
 * The windows are kept in this process: the local runtime is one process, so they hold exactly; a CloudBase
 * container keeps its own, so there they hold per warm container (WeChat's stable OPENID keeps one visitor's
 * calls on the identity limits of dispatch as well).
 */
import { CITY_BOUNDS } from '~/types/ids';
import { distanceM } from '../../geo/distance';
import { trimOldest } from '../../memory/bounded-map';
import { fingerprint } from '../../memory/fingerprint';

const MINUTE_MS = 60_000;
const CST_OFFSET_MS = 8 * 3600 * 1000;

/** One visitor's scans of one post count once per this window. */
export const SCAN_WINDOW_MS = 30 * MINUTE_MS;
/** Counted scans of one post from one client address per window (a family's WiFi, a village office). */
export const ADDRESS_SCANS_PER_WINDOW = 10;
/** The monthly statistical form (月度统计表) of a month is filed and closed at the end of this day of the next. */
export const REPORT_CLOSE_DAY = 5;
/** Faster than this between two fixes of one visitor is no journey but a spoof (≈ 180 km/h). */
export const MAX_SPEED_M_PER_S = 50;
/** Past this many remembered keys the oldest go first: memory stays bounded whatever the traffic. */
const MAX_KEYS = 500_000;

/**
 * The earliest time a scan may carry: the start (CST) of the oldest month whose form is still open. Up to the
 * REPORT_CLOSE_DAY-th a late scan may still land in last month; after it, last month is closed and only this
 * month is open. Everything before is closed reporting.
 */
export function reportingFloor(now: number): number {
  const d = new Date(now + CST_OFFSET_MS);
  const back = d.getUTCDate() <= REPORT_CLOSE_DAY ? 1 : 0;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1) - CST_OFFSET_MS;
}

/** A location as given by the client, with the time it was taken. */
interface Fix {
  lat: number;
  lng: number;
  at: number;
}

function inCity(p: { lat: number; lng: number }): boolean {
  return (
    p.lat >= CITY_BOUNDS.minLat &&
    p.lat <= CITY_BOUNDS.maxLat &&
    p.lng >= CITY_BOUNDS.minLng &&
    p.lng <= CITY_BOUNDS.maxLng
  );
}

/**
 * A bounded map that forgets its oldest insertions first, keyed by the fingerprint of a key (memory/fingerprint.ts):
 * a remembered visitor keeps no key string on the heap.
 */
class Recent<V> {
  private readonly map = new Map<number, V>();
  get(key: number): V | undefined {
    return this.map.get(key);
  }
  set(key: number, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    trimOldest(this.map, MAX_KEYS);
  }
  delete(key: number): void {
    this.map.delete(key);
  }
}

const NO_TIMES: readonly number[] = [];

/** The counted times of an address as a list, whether kept as one number or as a list. */
const timesOf = (kept: number | number[] | undefined): readonly number[] =>
  kept === undefined ? NO_TIMES : typeof kept === 'number' ? [kept] : kept;

/** The per-process memory of counted scans and fixes. */
export class ScanGuard {
  private readonly counted = new Recent<number>();
  /** Counted times per address and post: one number for one time (nearly every address), a list for more. */
  private readonly byAddress = new Recent<number | number[]>();
  private readonly fixes = new Recent<Fix>();

  /**
   * Whether the scan of `postId` by `visitor` at `at` is counted; when it is, the window is taken at once (before
   * any await), so concurrent repeats cannot all count. `release` gives it back when the write then fails.
   */
  admit(visitor: string, postId: string, at: number, address: string | null | undefined): boolean {
    const key = fingerprint(`${visitor}:${postId}`);
    const last = this.counted.get(key);
    if (last !== undefined && Math.abs(at - last) < SCAN_WINDOW_MS) return false;
    if (address) {
      const akey = fingerprint(`${address}:${postId}`);
      // A new address (the common case) keeps its one time as a number, no list; a known one keeps only the
      // times still in the window.
      const times = timesOf(this.byAddress.get(akey)).filter((t) => Math.abs(at - t) < SCAN_WINDOW_MS);
      if (times.length >= ADDRESS_SCANS_PER_WINDOW) return false;
      this.byAddress.set(akey, times.length === 0 ? at : [...times, at]);
    }
    this.counted.set(key, at);
    return true;
  }

  /** Gives back a window taken by `admit` whose scan was not written. */
  release(visitor: string, postId: string, at: number, address: string | null | undefined): void {
    const key = fingerprint(`${visitor}:${postId}`);
    if (this.counted.get(key) === at) this.counted.delete(key);
    if (address) {
      const akey = fingerprint(`${address}:${postId}`);
      const times = timesOf(this.byAddress.get(akey));
      const i = times.indexOf(at);
      if (i >= 0) this.byAddress.set(akey, [...times.slice(0, i), ...times.slice(i + 1)]);
    }
  }

  /**
   * Whether a location `visitor` claims at `at` is believed: inside the city, and reachable from their last
   * believed fix at no more than MAX_SPEED_M_PER_S. A believed fix becomes the next one's reference.
   */
  plausible(visitor: string, fix: Fix): boolean {
    if (!inCity(fix)) return false;
    const key = fingerprint(visitor);
    const last = this.fixes.get(key);
    if (last) {
      const seconds = Math.max(Math.abs(fix.at - last.at) / 1000, 1);
      if (distanceM(last, fix) / seconds > MAX_SPEED_M_PER_S) return false;
    }
    if (!last || fix.at >= last.at) this.fixes.set(key, fix);
    return true;
  }
}

/** Shared by every scan call in this process (a warm cloud function container or the local server). */
export const scanGuard = new ScanGuard();
