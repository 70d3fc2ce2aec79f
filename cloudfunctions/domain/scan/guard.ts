/**
 * What keeps the scan figures honest: when a scan may be dated (the reporting floor), whether it is counted (once
 * per visitor per post per window of the times the scans carry, and, by when they arrive, at most a few per visitor
 * and per client address per post), and whether its location is believed (a claim: it reaches the in-circle figure
 * only when plausible). The times a client gives are claims too: the limits by arrival hold whatever they say.
 *
 * The dashboard's 扫码次数 are therefore visits, not taps: a resident who scans a plate five times in ten minutes
 * (the page did not load, they showed a neighbour) made one visit. Repeats are acknowledged to the client (the
 * landing page answers as usual, `recorded: false`) and kept nowhere, so no figure can be read off them.
 *
 * The windows are kept in this process: the local runtime is one process, so they hold exactly. A CloudBase
 * container keeps its own, so there a scan this process would count is also counted in the store's windows
 * (scanWindows), which every container shares.
 */
import { CST_OFFSET_MS, DAY_MS, cstDayStart, cstMonthStart } from '~/types/day';
import { CITY_BOUNDS } from '~/types/ids';
import { distanceM } from '../../geo/distance';
import { ShardedMap } from '../../memory/sharded-map';
import { fingerprint } from '../../memory/fingerprint';
import { FingerprintMap } from '../../memory/fingerprint-map';
import type { WindowCount } from '../../store/port';

const MINUTE_MS = 60_000;

/** One visitor's scans of one post count once per this window. */
export const SCAN_WINDOW_MS = 30 * MINUTE_MS;
/** Counted scans of one post from one client address per window of arrival (a family's WiFi, a village office). */
export const ADDRESS_SCANS_PER_WINDOW = 10;
/**
 * Counted scans of one post by one visitor per window of arrival, whatever times they carry: a phone that was
 * offline sends its queue at once (a morning's and an evening's scan of the same plate), but a client choosing a
 * time 31 minutes apart for each call must not count every one.
 */
export const VISITOR_ARRIVALS_PER_WINDOW = 3;
/** The monthly statistical form (月度统计表) of a month is filed and closed at the end of this day of the next. */
export const REPORT_CLOSE_DAY = 5;
/** Faster than this between two fixes of one visitor is no journey but a spoof (≈ 180 km/h). */
export const MAX_SPEED_M_PER_S = 50;
/**
 * Past this many remembered keys the oldest go first: memory stays bounded whatever the traffic (at most about
 * 25 MB a map of numbers, memory/fingerprint-map.ts).
 */
const MAX_KEYS = 500_000;

/** The reporting floor of the CST day that starts at `from` (reportingFloor). */
let floorMemo = { from: Number.NaN, floor: 0 };

/**
 * The earliest time a scan may carry: the start (CST) of the oldest month whose form is still open. Up to the
 * REPORT_CLOSE_DAY-th a late scan may still land in last month; after it, last month is closed and only this
 * month is open. Everything before is closed reporting.
 */
export function reportingFloor(now: number): number {
  // The floor depends on the CST day alone: worked out once a day, not with two Dates a scan (≈ 1 % of the scan
  // server's main thread in the bench's profile).
  if (!(now >= floorMemo.from && now < floorMemo.from + DAY_MS)) {
    const d = new Date(now + CST_OFFSET_MS);
    floorMemo = { from: cstDayStart(now), floor: cstMonthStart(now, d.getUTCDate() <= REPORT_CLOSE_DAY ? 1 : 0) };
  }
  return floorMemo.floor;
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
 * A bounded map of objects that forgets its oldest insertions first, keyed by the fingerprint of a key
 * (memory/fingerprint.ts): a remembered visitor keeps no key string on the heap. Numbers go in a FingerprintMap.
 * Sharded (memory/sharded-map.ts): in one Map, half a million fixes stalled the thread at each doubling (9, 17 and
 * 51–54 ms at 131,072, 262,144 and 524,288 keys) and then at each trim of 50,000 keys (13–15 ms), in a loop.
 */
class Recent<V> {
  private readonly map = new ShardedMap<number, V>(MAX_KEYS);
  get size(): number {
    return this.map.size;
  }
  get(key: number): V | undefined {
    return this.map.get(key);
  }
  set(key: number, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
  }
  delete(key: number): void {
    this.map.delete(key);
  }
}

const NO_TIMES: readonly number[] = [];

/** The per-process memory of counted scans and fixes. */
export class ScanGuard {
  /** The last counted time of each visitor and post. */
  private counted = new FingerprintMap(MAX_KEYS);
  /**
   * Per visitor and post, the arrival window's start and how many were counted in it, as start × 4 + count (one
   * number: a FingerprintMap keeps numbers; count ≤ VISITOR_ARRIVALS_PER_WINDOW < 4).
   */
  private arrivals = new FingerprintMap(MAX_KEYS);
  /**
   * Counted times per address and post: an address with one time (nearly every address) keeps it in `byAddress`,
   * one with more keeps its list in `addressLists` (and none in `byAddress`).
   */
  private byAddress = new FingerprintMap(MAX_KEYS);
  private addressLists = new Recent<number[]>();
  private fixes = new Recent<Fix>();

  /** Forgets everything, as a new process would (tests start a server per test in one process). */
  clear(): void {
    this.counted = new FingerprintMap(MAX_KEYS);
    this.arrivals = new FingerprintMap(MAX_KEYS);
    this.byAddress = new FingerprintMap(MAX_KEYS);
    this.addressLists = new Recent<number[]>();
    this.fixes = new Recent<Fix>();
  }

  /** The counted times of an address and post, from wherever they are kept. */
  private timesOf(akey: number): readonly number[] {
    // Most of the time no address has more than one time: no lookup then (a number key is hashed on every lookup).
    const list = this.addressLists.size > 0 ? this.addressLists.get(akey) : undefined;
    if (list) return list;
    const one = this.byAddress.get(akey);
    return one === undefined ? NO_TIMES : [one];
  }

  /** Keeps `times` (a list of the caller's own, kept as it is) as the address's counted times. */
  private keepTimes(akey: number, times: number[]): void {
    if (times.length === 1) {
      this.addressLists.delete(akey);
      this.byAddress.set(akey, times[0]);
    } else {
      this.byAddress.delete(akey);
      if (times.length === 0) this.addressLists.delete(akey);
      else this.addressLists.set(akey, times);
    }
  }

  /**
   * Whether the scan of `postId` by `visitor` carrying the time `at` and arriving at `now` is counted; when it is,
   * the windows are taken at once (before any await), so concurrent repeats cannot all count. `release` gives them
   * back when the write then fails.
   */
  admit(visitor: string, postId: string, at: number, address: string | null | undefined, now = at): boolean {
    const key = fingerprint(`${visitor}:${postId}`);
    const last = this.counted.get(key);
    if (last !== undefined && Math.abs(at - last) < SCAN_WINDOW_MS) return false;
    const arrived = this.arrivals.get(key);
    let start = now;
    let count = 0;
    if (arrived !== undefined && now - Math.floor(arrived / 4) < SCAN_WINDOW_MS) {
      start = Math.floor(arrived / 4);
      count = arrived % 4;
      if (count >= VISITOR_ARRIVALS_PER_WINDOW) return false;
    }
    if (address) {
      const akey = fingerprint(`${address}:${postId}`);
      const held = this.timesOf(akey);
      // A new address (the common case) keeps its one arrival as a number, no list, and makes no list on the way;
      // a known one keeps only the arrivals still in the window.
      if (held === NO_TIMES) this.byAddress.set(akey, now);
      else {
        const times = held.filter((t) => now - t < SCAN_WINDOW_MS);
        if (times.length >= ADDRESS_SCANS_PER_WINDOW) return false;
        this.keepTimes(akey, [...times, now]);
      }
    }
    this.arrivals.set(key, start * 4 + count + 1);
    this.counted.set(key, at);
    return true;
  }

  /** Gives back the windows taken by `admit` for a scan that was not written. */
  release(visitor: string, postId: string, at: number, address: string | null | undefined, now = at): void {
    const key = fingerprint(`${visitor}:${postId}`);
    if (this.counted.get(key) === at) this.counted.delete(key);
    const arrived = this.arrivals.get(key);
    if (arrived !== undefined && arrived % 4 > 0) this.arrivals.set(key, arrived - 1);
    if (address) {
      const akey = fingerprint(`${address}:${postId}`);
      const times = this.timesOf(akey);
      const i = times.indexOf(now);
      if (i >= 0) this.keepTimes(akey, [...times.slice(0, i), ...times.slice(i + 1)]);
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

/**
 * The windows of a counted scan in the store, for a runtime of several processes: the visit once per visitor and
 * post per half hour of the clock by the time it carries (this process's window runs from the last counted scan;
 * the store's are aligned, so two visits may count within 30 minutes across a boundary, never more), and the
 * arrivals per visitor and per address per post per half hour of the clock.
 */
export function scanWindows(
  visitor: string,
  postId: string,
  at: number,
  address: string | null | undefined,
): WindowCount[] {
  const counts: WindowCount[] = [
    { key: `visit:${visitor}:${postId}`, limit: 1, windowMs: SCAN_WINDOW_MS, at },
    { key: `arrive:${visitor}:${postId}`, limit: VISITOR_ARRIVALS_PER_WINDOW, windowMs: SCAN_WINDOW_MS },
  ];
  if (address)
    counts.push({ key: `scan-ip:${address}:${postId}`, limit: ADDRESS_SCANS_PER_WINDOW, windowMs: SCAN_WINDOW_MS });
  return counts;
}

/** Shared by every scan call in this process (a warm cloud function container or the local server). */
export const scanGuard = new ScanGuard();
