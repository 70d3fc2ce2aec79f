/**
 * A bounded map from caller fingerprints (memory/fingerprint.ts) to numbers, in typed arrays: what the rate limits
 * and the scan guard remember about callers. It holds the keys of its last `cap` insertions at most: past that, each
 * insertion forgets the oldest one. A key set again is inserted again (it moves to the newest place, and its old
 * place still counts until its turn comes), so the keys held can be fewer than `cap`; the callers here set a key
 * again only when its window starts anew.
 *
 * Written here rather than a `Map<number, number>` with `trimOldest`: under the scan bench (every scan a new phone,
 * so four new keys a scan in maps of 200,000–500,000) the Map cost 0.7–1.2 µs a key, half of it in stalls of 3–50 ms
 * (a trim of tens of thousands of keys, then the rehash of the whole table), and each key and value was a heap number
 * the garbage collector copied before promoting it. Here a key costs ≈ 0.25–0.3 µs with no stall once the table has
 * grown to its cap, and nothing is allocated per key. No package on npm does this for 53-bit keys without objects.
 *
 * Open addressing with linear probing, at most half full, each key beside its value (one cache line for a lookup);
 * a deletion shifts the following entries back rather than leaving a tombstone. The fingerprints are already uniform (a seeded hash), so their low bits are the slot.
 * Insertion order is kept in a ring of keys, each slot remembering the ring position of its key's latest
 * insertion: a key inserted again (`set`) moves to the newest place, and a ring entry that is no longer its key's
 * latest is skipped when its turn to be evicted comes.
 */

/** The key of an empty slot: keys are stored plus one, so no fingerprint (0 included) is ever 0. */
const EMPTY = 0;
/** The table starts this small and doubles as it fills, up to the cap. */
const INITIAL = 1024;

/** The slot of `entries` (a table of `mask` + 1 slots) holding `stored`, or the empty slot where it would go. */
function probe(entries: Float64Array, mask: number, stored: number): number {
  // `&` takes the low 32 bits of the (exact, ≤ 2^53) integer: uniform, since fingerprints are.
  let i = stored & mask;
  for (;;) {
    const k = entries[2 * i];
    if (k === stored || k === EMPTY) return i;
    i = (i + 1) & mask;
  }
}

export class FingerprintMap {
  private mask = 0;
  /** Slot i holds its stored key at 2i and the value at 2i + 1. */
  private entries = new Float64Array(0);
  /**
   * Where in the ring each slot's key was inserted last. Ring indices are exact: the live part of the ring is
   * shorter than the ring, so two insertions it holds never share an index.
   */
  private positions = new Uint32Array(0);
  /** Stored keys in insertion order; insertion number n (counted from the last allocation) lives at n % ring.length. */
  private ring = new Float64Array(0);
  /** The oldest insertion number not yet evicted, and the next one to be written. */
  private head = 0;
  private tail = 0;
  private live = 0;

  /**
   * `cap`: the most keys it holds. Its memory grows with use, by doubling, up to 20 bytes a slot (at least two slots
   * a key) and 8 a key for the ring: 25 MB at a cap of 500,000.
   */
  constructor(private readonly cap: number) {
    if (!Number.isInteger(cap) || cap < 1) throw new RangeError('cap must be a positive integer');
    this.allocate(Math.min(INITIAL, cap));
  }

  /** Keys held now. */
  get size(): number {
    return this.live;
  }

  get(key: number): number | undefined {
    const stored = key + 1;
    const i = this.slotOf(stored);
    return this.entries[2 * i] === stored ? this.entries[2 * i + 1] : undefined;
  }

  /** Sets the value and makes `key` the newest insertion, as `delete` then `set` on a Map would. */
  set(key: number, value: number): void {
    this.put(key, value, true);
  }

  /** Changes the value of a key held where it stands in the insertion order; a key not held is set as newest. */
  update(key: number, value: number): void {
    this.put(key, value, false);
  }

  delete(key: number): boolean {
    const stored = key + 1;
    const i = this.slotOf(stored);
    if (this.entries[2 * i] !== stored) return false;
    this.removeAt(i);
    return true;
  }

  /**
   * Forgets the oldest insertions while `spent` holds for their values, and stops at the first that it does not
   * hold for: a caller whose values grow with insertion order (window starts) forgets its expired ones at the cost
   * of what expired, never a pass over every key.
   */
  forgetOldestWhile(spent: (value: number) => boolean): void {
    while (this.head < this.tail) {
      const index = this.head % this.ring.length;
      const i = this.latestSlot(index);
      if (i >= 0 && !spent(this.entries[2 * i + 1])) return;
      this.head += 1;
      if (i >= 0) this.removeAt(i);
    }
  }

  private put(key: number, value: number, renew: boolean): void {
    const stored = key + 1;
    let i = this.slotOf(stored);
    const { entries } = this;
    if (entries[2 * i] === stored && !renew) {
      entries[2 * i + 1] = value;
      return;
    }
    // An insertion comes: room in the ring first (evicting may take this very key, so it is looked up again).
    if (this.tail - this.head >= this.ring.length) {
      if (this.ring.length < this.cap) this.grow();
      else this.evictOldest();
      i = this.slotOf(stored);
    }
    this.place(i, stored, value);
  }

  /** Writes `stored` and `value` into slot `i` (the key's own or an empty one) as the newest insertion. */
  private place(i: number, stored: number, value: number): void {
    if (this.entries[2 * i] !== stored) {
      this.entries[2 * i] = stored;
      this.live += 1;
    }
    this.entries[2 * i + 1] = value;
    const index = this.tail % this.ring.length;
    this.tail += 1;
    this.ring[index] = stored;
    this.positions[i] = index;
  }

  /** The slot holding `stored`, or the empty slot where it would go. */
  private slotOf(stored: number): number {
    return probe(this.entries, this.mask, stored);
  }

  /** The slot of the key at ring `index` when that is its latest insertion, else -1 (a place it has left). */
  private latestSlot(index: number): number {
    const stored = this.ring[index];
    const i = this.slotOf(stored);
    return this.entries[2 * i] === stored && this.positions[i] === index ? i : -1;
  }

  /** Frees ring room: drops ring entries from the oldest, removing each key whose latest insertion it is. */
  private evictOldest(): void {
    while (this.tail - this.head >= this.ring.length) {
      const i = this.latestSlot(this.head % this.ring.length);
      this.head += 1;
      if (i >= 0) this.removeAt(i);
    }
  }

  /** Empties slot `hole`, shifting back the entries after it whose probe would otherwise pass the hole. */
  private removeAt(hole: number): void {
    const { entries, positions, mask } = this;
    let i = hole;
    let j = hole;
    for (;;) {
      j = (j + 1) & mask;
      const k = entries[2 * j];
      if (k === EMPTY) break;
      const home = k & mask;
      // The entry at j may fill the hole at i when its home slot is not cyclically inside (i, j].
      const reachable = i <= j ? home > i && home <= j : home > i || home <= j;
      if (!reachable) {
        entries[2 * i] = k;
        entries[2 * i + 1] = entries[2 * j + 1];
        positions[i] = positions[j];
        i = j;
      }
    }
    entries[2 * i] = EMPTY;
    entries[2 * i + 1] = 0;
    positions[i] = 0;
    this.live -= 1;
  }

  /** Doubles the ring (and the table with it), keeping the live keys in their order. */
  private grow(): void {
    const old = { entries: this.entries, positions: this.positions, ring: this.ring, mask: this.mask };
    const { head, tail } = this;
    this.allocate(Math.min(old.ring.length * 2, this.cap));
    this.live = 0;
    for (let n = head; n < tail; n += 1) {
      const index = n % old.ring.length;
      const stored = old.ring[index];
      const i = probe(old.entries, old.mask, stored);
      if (old.entries[2 * i] === stored && old.positions[i] === index) {
        this.place(this.slotOf(stored), stored, old.entries[2 * i + 1]);
      }
    }
  }

  private allocate(ringLength: number): void {
    let slots = 16;
    while (slots < ringLength * 2) slots *= 2;
    this.mask = slots - 1;
    this.entries = new Float64Array(2 * slots);
    this.positions = new Uint32Array(slots);
    this.ring = new Float64Array(ringLength);
    this.head = 0;
    this.tail = 0;
  }
}
