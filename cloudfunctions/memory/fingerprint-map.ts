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
 * the garbage collector copied before promoting it. Here a key costs ≈ 0.25–0.3 µs, nothing is allocated per key,
 * and nothing stalls: the table doubles by moving a few slots at each insertion, not all at once. No package on npm
 * does this for 53-bit keys without objects.
 *
 * Open addressing with linear probing, at most half full, each key beside its value (one cache line for a lookup);
 * a deletion shifts the following entries back rather than leaving a tombstone. The fingerprints are already
 * uniform (a seeded hash), so their low bits are the slot.
 * Insertion order is kept in a ring of keys, each slot remembering the ring position of its key's latest
 * insertion: a key inserted again (`set`) moves to the newest place, and a ring entry that is no longer its key's
 * latest is skipped when its turn to be evicted comes.
 */

/** The key of an empty slot: keys are stored plus one, so no fingerprint (0 included) is ever 0. */
const EMPTY = 0;
/**
 * The key of a slot of the previous table (while the table grows) whose key has moved to the new one: probes pass it
 * as they pass any other key, so the keys after it in the previous table are still found.
 */
const MOVED = -1;
/** The ring is made at its cap; the table starts at this many keys' room and doubles as it fills, up to the cap. */
const INITIAL = 1024;
/**
 * Slots of the previous table moved into the new one at each insertion while the table grows. The new table has
 * twice the slots: growth starts when it holds S/2 keys of S slots (half full), the move ends after S/8 insertions, by
 * which time the new table holds at most 5S/8 keys of its 2S slots, so a growth never starts before the last ends.
 */
const MOVE_STEP = 8;

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

/** The smallest table (a power of two, at least 16 slots) that holds `keys` keys at most half full. */
function slotsFor(keys: number): number {
  let slots = 16;
  while (slots < keys * 2) slots *= 2;
  return slots;
}

/** A table of slots: slot i holds its stored key at 2i and the value at 2i + 1, and its key's ring index. */
interface Table {
  mask: number;
  entries: Float64Array;
  /**
   * Where in the ring each slot's key was inserted last. Ring indices are exact: the live part of the ring is
   * never longer than the ring, so two insertions it holds never share an index.
   */
  positions: Uint32Array;
}

function newTable(slots: number): Table {
  return { mask: slots - 1, entries: new Float64Array(2 * slots), positions: new Uint32Array(slots) };
}

export class FingerprintMap {
  private table: Table;
  /**
   * While the table grows, the previous one: its keys move into `table` a few slots at each insertion (`moveSome`),
   * and any key an operation looks up there moves at once, so every change is made in `table`. Null otherwise.
   * Growing by a whole rehash stalled the thread: 10, 21 and 48 ms at 65,536, 131,072 and 262,144 keys in a
   * loop, and about twice that under the scan bench's load, two maps at once.
   */
  private previous: Table | null = null;
  /** The next slot of `previous` to move. */
  private nextMove = 0;
  /**
   * Stored keys in insertion order: insertion number n lives at n % cap. Made at its full length at once: its
   * pages are zero until written, so the memory it takes grows as it fills (the operating system's, not the heap's).
   */
  private readonly ring: Float64Array;
  /** The oldest insertion number not yet evicted, and the next one to be written. */
  private head = 0;
  private tail = 0;
  private live = 0;

  /**
   * `cap`: the most keys it holds. Its memory grows with use: the table by doubling, 20 bytes a slot (at least two
   * slots a key, and one and a half tables while it grows), and 8 bytes a key for the ring: about 25 MB at a cap of
   * 500,000.
   */
  constructor(private readonly cap: number) {
    if (!Number.isInteger(cap) || cap < 1) throw new RangeError('cap must be a positive integer');
    this.ring = new Float64Array(cap);
    this.table = newTable(slotsFor(Math.min(INITIAL, cap)));
  }

  /** Keys held now. */
  get size(): number {
    return this.live;
  }

  get(key: number): number | undefined {
    const stored = key + 1;
    const { entries, mask } = this.table;
    const i = probe(entries, mask, stored);
    if (entries[2 * i] === stored) return entries[2 * i + 1];
    const previous = this.previous;
    if (previous === null) return undefined;
    const j = probe(previous.entries, previous.mask, stored);
    return previous.entries[2 * j] === stored ? previous.entries[2 * j + 1] : undefined;
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
    if (this.table.entries[2 * i] !== stored) return false;
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
      const i = this.latestSlot(this.head % this.cap);
      if (i >= 0 && !spent(this.table.entries[2 * i + 1])) return;
      this.head += 1;
      if (i >= 0) this.removeAt(i);
    }
  }

  private put(key: number, value: number, renew: boolean): void {
    const stored = key + 1;
    if (this.previous !== null) this.moveSome();
    let i = this.slotOf(stored);
    if (this.table.entries[2 * i] === stored && !renew) {
      this.table.entries[2 * i + 1] = value;
      return;
    }
    // An insertion comes: room in the ring first (evicting may take this very key, so it is looked up again).
    if (this.tail - this.head >= this.cap) {
      this.evictOldest();
      i = this.slotOf(stored);
    }
    // A new key in a table already half full: a table twice the size takes the insertions from now on.
    if (this.table.entries[2 * i] !== stored && (this.live + 1) * 2 > this.table.mask + 1) {
      this.grow();
      i = this.slotOf(stored);
    }
    this.place(i, stored, value);
  }

  /** Writes `stored` and `value` into slot `i` (the key's own or an empty one) as the newest insertion. */
  private place(i: number, stored: number, value: number): void {
    const { entries, positions } = this.table;
    if (entries[2 * i] !== stored) {
      entries[2 * i] = stored;
      this.live += 1;
    }
    entries[2 * i + 1] = value;
    const index = this.tail % this.cap;
    this.tail += 1;
    this.ring[index] = stored;
    positions[i] = index;
  }

  /**
   * The slot of the table holding `stored`, or the empty slot where it would go. A key still in the previous table
   * moves into the table first, so the caller changes only the table.
   */
  private slotOf(stored: number): number {
    const { entries, positions, mask } = this.table;
    const i = probe(entries, mask, stored);
    const previous = this.previous;
    if (previous === null || entries[2 * i] === stored) return i;
    const j = probe(previous.entries, previous.mask, stored);
    if (previous.entries[2 * j] === stored) {
      entries[2 * i] = stored;
      entries[2 * i + 1] = previous.entries[2 * j + 1];
      positions[i] = previous.positions[j];
      previous.entries[2 * j] = MOVED;
    }
    return i;
  }

  /** The slot of the key at ring `index` when that is its latest insertion, else -1 (a place it has left). */
  private latestSlot(index: number): number {
    const stored = this.ring[index];
    const i = this.slotOf(stored);
    const { entries, positions } = this.table;
    return entries[2 * i] === stored && positions[i] === index ? i : -1;
  }

  /** Frees ring room: drops ring entries from the oldest, removing each key whose latest insertion it is. */
  private evictOldest(): void {
    while (this.tail - this.head >= this.cap) {
      const i = this.latestSlot(this.head % this.cap);
      this.head += 1;
      if (i >= 0) this.removeAt(i);
    }
  }

  /** Empties slot `hole`, shifting back the entries after it whose probe would otherwise pass the hole. */
  private removeAt(hole: number): void {
    const { entries, positions, mask } = this.table;
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

  /** Starts the move into a table twice the size (ending any move still under way first). */
  private grow(): void {
    while (this.previous !== null) this.moveSome();
    this.previous = this.table;
    this.nextMove = 0;
    this.table = newTable(2 * (this.table.mask + 1));
  }

  /** Moves the next MOVE_STEP slots of the previous table into the table; the last step drops the previous table. */
  private moveSome(): void {
    const previous = this.previous!;
    const { entries, positions, mask } = this.table;
    const end = Math.min(this.nextMove + MOVE_STEP, previous.mask + 1);
    for (let j = this.nextMove; j < end; j += 1) {
      const k = previous.entries[2 * j];
      if (k === EMPTY || k === MOVED) continue;
      // A key lives in one table only: its probe in the new table ends at an empty slot.
      const i = probe(entries, mask, k);
      entries[2 * i] = k;
      entries[2 * i + 1] = previous.entries[2 * j + 1];
      positions[i] = previous.positions[j];
      previous.entries[2 * j] = MOVED;
    }
    this.nextMove = end;
    if (end > previous.mask) this.previous = null;
  }
}
