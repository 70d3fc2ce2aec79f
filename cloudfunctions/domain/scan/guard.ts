/**
 * What keeps the scan figures honest: when a scan may be dated (the reporting floor), whether it is counted (once
 * per visitor per post per window of the times the scans carry, and, by when they arrive, at most a few per visitor
 * and per client address per post, and a few dozen per address across posts; an IPv6 /56 is counted as well as its
 * /64), and whether its location is believed (a claim: it reaches the in-circle figure only when plausible, and
 * among the first few from its address). The times a client gives are claims too: the limits by arrival hold
 * whatever they say, and a location must be plausible by when it arrived as well as by the time it carries.
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
import { NETWORK_FACTOR, networkKey } from '../../functions/address-key';
import { fingerprint } from '../../memory/fingerprint';
import type { WindowCount } from '../../store/port';
import { Recent, TimeLists, WindowCounts, countIn } from './guard-memory';

const MINUTE_MS = 60_000;

/** One visitor's scans of one post count once per this window. */
export const SCAN_WINDOW_MS = 30 * MINUTE_MS;
/**
 * Counted scans of one post from one client address per window of arrival (a family's WiFi, a village office). An
 * IPv6 /56 counts NETWORK_FACTOR times as many, whichever of its /64s send them, as do the limits below.
 */
export const ADDRESS_SCANS_PER_WINDOW = 10;
/**
 * Counted scans of all posts from one client address per window of arrival: a village office's network whose
 * residents scan the posts around them, not a client making the city's figures from one address.
 */
export const ADDRESS_SCANS_ACROSS_POSTS = 60;
/**
 * Believed locations from one client address per window of arrival, like its scans of one post: past them, a new
 * identity's first claim (which has no earlier fix to be judged against) counts without location.
 */
export const ADDRESS_FIXES_PER_WINDOW = 10;

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
/** The same for the believed locations per address: addresses of the last half hour that sent one. */
const MAX_ADDRESSES = 200_000;

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

/** A location as the client gives it, with the time its scan carries. */
interface Claim {
  lat: number;
  lng: number;
  at: number;
}

/** A believed location: the claim and when it arrived. */
interface Fix extends Claim {
  arrived: number;
}

/** Whether going from `from` to `to` in `ms` (at least a second) is faster than MAX_SPEED_M_PER_S. */
function tooFast(from: Claim, to: Claim, ms: number): boolean {
  return distanceM(from, to) / Math.max(Math.abs(ms) / 1000, 1) > MAX_SPEED_M_PER_S;
}

function inCity(p: { lat: number; lng: number }): boolean {
  return (
    p.lat >= CITY_BOUNDS.minLat &&
    p.lat <= CITY_BOUNDS.maxLat &&
    p.lng >= CITY_BOUNDS.minLng &&
    p.lng <= CITY_BOUNDS.maxLng
  );
}

/** The per-process memory of counted scans and fixes. */
export class ScanGuard {
  /** The counted times of each visitor and post: the last VISITOR_ARRIVALS_PER_WINDOW, all of a window's. */
  private counted = new TimeLists(MAX_KEYS);
  /** Per visitor and post, the arrival window and how many were counted in it. */
  private arrivals = new WindowCounts(MAX_KEYS, SCAN_WINDOW_MS);
  /** Arrival times of counted scans per address and post (a sliding window). */
  private byAddress = new TimeLists(MAX_KEYS);
  /** Counted scans per /56 and post, per address and per /56 across posts (windows of arrival). */
  private spread = new WindowCounts(MAX_KEYS, SCAN_WINDOW_MS);
  /** Believed locations per address and per /56 (windows of arrival). */
  private believed = new WindowCounts(MAX_ADDRESSES, SCAN_WINDOW_MS);
  private fixes = new Recent<Fix>(MAX_KEYS);

  /**
   * The keys of one scan's address (set by `addressKeys`, read at once): no object is made for them per scan. The
   * /56 keys are -1 for an IPv4 address.
   */
  private postKey = 0;
  private addressFp = 0;
  private netPostKey = -1;
  private netFp = -1;

  /** Forgets everything, as a new process would (tests start a server per test in one process). */
  clear(): void {
    this.counted = new TimeLists(MAX_KEYS);
    this.arrivals = new WindowCounts(MAX_KEYS, SCAN_WINDOW_MS);
    this.byAddress = new TimeLists(MAX_KEYS);
    this.spread = new WindowCounts(MAX_KEYS, SCAN_WINDOW_MS);
    this.believed = new WindowCounts(MAX_ADDRESSES, SCAN_WINDOW_MS);
    this.fixes = new Recent<Fix>(MAX_KEYS);
  }

  private addressKeys(address: string, postId: string): void {
    this.postKey = fingerprint(`${address}:${postId}`);
    this.addressFp = fingerprint(address);
    const network = networkKey(address);
    this.netPostKey = network === null ? -1 : fingerprint(`${network}:${postId}`);
    this.netFp = network === null ? -1 : fingerprint(network);
  }

  /**
   * Whether the scan of `postId` by `visitor` carrying the time `at` and arriving at `now` is counted; when it is,
   * the windows are taken at once (before any await), so concurrent repeats cannot all count. `release` gives them
   * back when the write then fails. Each window is read once and counted on from what was read (the scan's hot
   * path: no object made, no key looked up twice).
   */
  admit(visitor: string, postId: string, at: number, address: string | null | undefined, now = at): boolean {
    const key = fingerprint(`${visitor}:${postId}`);
    // A repeat: within the window of any time counted for this visitor and post (a client alternating two times
    // half an hour apart repeats both).
    if (this.counted.near(key, at, SCAN_WINDOW_MS)) return false;
    const { arrivals, spread } = this;
    const arrived = arrivals.window(key, now);
    if (countIn(arrived) >= VISITOR_ARRIVALS_PER_WINDOW) return false;
    if (address) {
      this.addressKeys(address, postId);
      if (this.byAddress.countAfter(this.postKey, now - SCAN_WINDOW_MS) >= ADDRESS_SCANS_PER_WINDOW) return false;
      const all = spread.window(this.addressFp, now);
      if (countIn(all) >= ADDRESS_SCANS_ACROSS_POSTS) return false;
      const v6 = this.netFp >= 0;
      const netPost = v6 ? spread.window(this.netPostKey, now) : -1;
      const netAll = v6 ? spread.window(this.netFp, now) : -1;
      if (countIn(netPost) >= ADDRESS_SCANS_PER_WINDOW * NETWORK_FACTOR) return false;
      if (countIn(netAll) >= ADDRESS_SCANS_ACROSS_POSTS * NETWORK_FACTOR) return false;
      this.byAddress.add(this.postKey, now, now - SCAN_WINDOW_MS, ADDRESS_SCANS_PER_WINDOW);
      spread.bump(this.addressFp, all, now);
      if (v6) {
        spread.bump(this.netPostKey, netPost, now);
        spread.bump(this.netFp, netAll, now);
      }
    }
    arrivals.bump(key, arrived, now);
    this.counted.add(key, at, -Infinity, VISITOR_ARRIVALS_PER_WINDOW);
    return true;
  }

  /** Gives back the windows taken by `admit` for a scan that was not written. */
  release(visitor: string, postId: string, at: number, address: string | null | undefined, now = at): void {
    const key = fingerprint(`${visitor}:${postId}`);
    this.counted.remove(key, at);
    this.arrivals.give(key, now);
    if (address) {
      this.addressKeys(address, postId);
      this.byAddress.remove(this.postKey, now);
      this.spread.give(this.addressFp, now);
      if (this.netFp >= 0) {
        this.spread.give(this.netPostKey, now);
        this.spread.give(this.netFp, now);
      }
    }
  }

  /**
   * Whether a location `visitor` claims, on a scan carrying the time `claim.at` and arriving at `now`, is believed:
   * inside the city; reachable from their last believed fix at no more than MAX_SPEED_M_PER_S both by the times the
   * two carry and by when they arrived (a time the client chooses cannot make a jump look slow, nor can sending it
   * late); and, for a visitor's first fix, among the first ADDRESS_FIXES_PER_WINDOW first fixes believed from the
   * client's address (its /56: 8 times as many) in a window of arrival. A believed fix becomes the next one's
   * reference.
   */
  plausible(visitor: string, claim: Claim, address?: string | null, now = claim.at): boolean {
    if (!inCity(claim)) return false;
    const key = fingerprint(visitor);
    const last = this.fixes.get(key);
    if (last && (tooFast(last, claim, claim.at - last.at) || tooFast(last, claim, now - last.arrived))) return false;
    // Only a visitor's first believed fix counts against the address: one with a fix has its own speed check, and a
    // resident reloading a plate on shared Wi-Fi must not use up the neighbours' believed locations.
    if (address && !last) {
      const own = fingerprint(address);
      if (this.believed.count(own, now) >= ADDRESS_FIXES_PER_WINDOW) return false;
      const network = networkKey(address);
      const net = network === null ? -1 : fingerprint(network);
      if (net >= 0 && this.believed.count(net, now) >= ADDRESS_FIXES_PER_WINDOW * NETWORK_FACTOR) return false;
      this.believed.add(own, now);
      if (net >= 0) this.believed.add(net, now);
    }
    this.fixes.set(key, { lat: claim.lat, lng: claim.lng, at: claim.at, arrived: now });
    return true;
  }
}

/**
 * The windows of a counted scan in the store, for a runtime of several processes: the visit once per visitor and
 * post per half hour of the clock by the time it carries (this process's window runs from the counted scans; the
 * store's are aligned, so two visits may count within 30 minutes across a boundary, never more), the arrivals per
 * visitor, per address and per /56 per post, and per address and per /56 across posts, per half hour of the clock.
 */
export function scanWindows(
  visitor: string,
  postId: string,
  at: number,
  address: string | null | undefined,
): WindowCount[] {
  const windowMs = SCAN_WINDOW_MS;
  const counts: WindowCount[] = [
    { key: `visit:${visitor}:${postId}`, limit: 1, windowMs, at },
    { key: `arrive:${visitor}:${postId}`, limit: VISITOR_ARRIVALS_PER_WINDOW, windowMs },
  ];
  if (!address) return counts;
  counts.push(
    { key: `scan-ip:${address}:${postId}`, limit: ADDRESS_SCANS_PER_WINDOW, windowMs },
    { key: `scans-ip:${address}`, limit: ADDRESS_SCANS_ACROSS_POSTS, windowMs },
  );
  const network = networkKey(address);
  if (network)
    counts.push(
      { key: `scan-net:${network}:${postId}`, limit: ADDRESS_SCANS_PER_WINDOW * NETWORK_FACTOR, windowMs },
      { key: `scans-net:${network}`, limit: ADDRESS_SCANS_ACROSS_POSTS * NETWORK_FACTOR, windowMs },
    );
  return counts;
}

/** Shared by every scan call in this process (a warm cloud function container or the local server). */
export const scanGuard = new ScanGuard();
