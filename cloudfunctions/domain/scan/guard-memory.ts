/**
 * What the scan guard (guard.ts) remembers, per key (the fingerprint of a visitor and post, an address and post, an
 * address: memory/fingerprint.ts), built so that the common case allocates nothing on the scan's hot path: a
 * number in a FingerprintMap (typed arrays, no object per key). Only a key with several times at once keeps a list.
 */
import { FingerprintMap } from '../../memory/fingerprint-map';
import { ShardedMap } from '../../memory/sharded-map';

/**
 * A bounded map of objects that forgets its oldest insertions first, keyed by the fingerprint of a key: a
 * remembered visitor keeps no key string on the heap. Sharded (memory/sharded-map.ts): in one Map, half a million
 * fixes stalled the thread at each doubling (9, 17 and 51–54 ms at 131,072, 262,144 and 524,288 keys) and then at
 * each trim of 50,000 keys (13–15 ms), in a loop.
 */
export class Recent<V> {
  private readonly map: ShardedMap<number, V>;
  constructor(cap: number) {
    this.map = new ShardedMap<number, V>(cap);
  }
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

/**
 * Times per key: a key with one time (nearly every key) keeps it as a number in `one`; a key with more keeps its
 * list in `lists` (and none in `one`).
 */
export class TimeLists {
  private readonly one: FingerprintMap;
  private readonly lists: Recent<number[]>;
  /**
   * The key a check (`countAfter`, `near`) last read from `one` and what it found: `add` right after a check of the
   * same key (the scan path: check, then count) reuses it rather than looking the key up again. Every change
   * forgets it.
   */
  private probedKey = Number.NaN;
  private probed: number | undefined;
  constructor(cap: number) {
    this.one = new FingerprintMap(cap);
    this.lists = new Recent<number[]>(cap);
  }

  /** The key's one time (a key without a list), remembered for an `add` that follows. */
  private probe(key: number): number | undefined {
    this.probedKey = key;
    this.probed = this.one.get(key);
    return this.probed;
  }

  /** The key's list, if it has one. Most of the time no key has more than one time: no lookup then. */
  private listOf(key: number): number[] | undefined {
    return this.lists.size > 0 ? this.lists.get(key) : undefined;
  }

  /** Keeps `times` (a list of the caller's own, kept as it is) as the key's times. */
  private keep(key: number, times: number[]): void {
    this.probedKey = Number.NaN;
    if (times.length === 1) {
      this.lists.delete(key);
      this.one.set(key, times[0]);
    } else {
      this.one.delete(key);
      if (times.length === 0) this.lists.delete(key);
      else this.lists.set(key, times);
    }
  }

  /** How many of the key's times are after `since`. */
  countAfter(key: number, since: number): number {
    const list = this.listOf(key);
    if (list === undefined) {
      const t = this.probe(key);
      return t !== undefined && t > since ? 1 : 0;
    }
    let n = 0;
    for (const t of list) if (t > since) n++;
    return n;
  }

  /** Whether any of the key's times is less than `span` from `t`. */
  near(key: number, t: number, span: number): boolean {
    const list = this.listOf(key);
    if (list === undefined) {
      const one = this.probe(key);
      return one !== undefined && Math.abs(t - one) < span;
    }
    for (const x of list) if (Math.abs(t - x) < span) return true;
    return false;
  }

  /** Adds `t` to the key's times, keeping only those after `since`, and of them the newest `max` with `t`. */
  add(key: number, t: number, since: number, max: number): void {
    const list = this.listOf(key);
    if (list === undefined) {
      const one = key === this.probedKey ? this.probed : this.one.get(key);
      this.probedKey = Number.NaN;
      // A new key (the common case) keeps its one time as a number, and makes no list on the way.
      if (one === undefined || one <= since || max <= 1) this.one.set(key, t);
      else this.keep(key, [one, t]);
      return;
    }
    const kept = list.filter((x) => x > since);
    if (kept.length >= max) kept.splice(0, kept.length - max + 1);
    kept.push(t);
    this.keep(key, kept);
  }

  /** Removes one occurrence of `t` from the key's times (a count given back). */
  remove(key: number, t: number): void {
    this.probedKey = Number.NaN;
    const list = this.listOf(key);
    if (list === undefined) {
      if (this.one.get(key) === t) this.one.delete(key);
      return;
    }
    const i = list.indexOf(t);
    if (i >= 0) this.keep(key, [...list.slice(0, i), ...list.slice(i + 1)]);
  }
}

/**
 * A window is one number, start × SPAN + count (start in whole epoch ms: exact below 2^53 until the year 2248), as
 * in functions/rate-limit.ts; a count stops at SPAN − 1.
 */
const SPAN = 1024;

/** How many a window (a number from `WindowCounts.window`, -1 for none) holds. */
export const countIn = (w: number): number => (w < 0 ? 0 : w % SPAN);

/**
 * Counts per key in windows of `windowMs`, each starting at the key's first count after the last has ended. A caller
 * that checks before it counts reads the window once (`window`) and counts on it (`bump`): one lookup, not two.
 */
export class WindowCounts {
  private readonly map: FingerprintMap;
  constructor(
    cap: number,
    private readonly windowMs: number,
  ) {
    this.map = new FingerprintMap(cap);
  }

  /** The key's current window (start × SPAN + count), or -1 when it has none. */
  window(key: number, now: number): number {
    const w = this.map.get(key);
    return w !== undefined && now - Math.floor(w / SPAN) < this.windowMs ? w : -1;
  }

  /** Counts one for the key whose current window `window` has just read as `w` (a new window when -1). */
  bump(key: number, w: number, now: number): void {
    // A new window is the newest insertion; counting on keeps the window's place (FingerprintMap.update).
    if (w < 0) this.map.set(key, Math.floor(now) * SPAN + 1);
    else if (w % SPAN < SPAN - 1) this.map.update(key, w + 1);
  }

  /** How many the key counted in its current window. */
  count(key: number, now: number): number {
    return countIn(this.window(key, now));
  }

  /** Counts one for the key. */
  add(key: number, now: number): void {
    this.bump(key, this.window(key, now), now);
  }

  /** Gives back one count of the key's current window. */
  give(key: number, now: number): void {
    const w = this.window(key, now);
    if (w % SPAN > 0) this.map.update(key, w - 1);
  }
}
