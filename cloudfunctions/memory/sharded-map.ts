/**
 * A Map split over 16 Maps by its key, for a map that grows to hundreds of thousands of keys on a hot path: the
 * scan recorder's visitors of the day (store/sqlite/visitor-days.ts), the scan guard's fixes and address lists
 * (domain/scan/guard.ts).
 *
 * A Map grows by doubling its table and rehashing every entry at once, on the insertion that finds it full: for a
 * Map of visitor hashes that stalled the thread for 8, 10 and 20 ms at 65,536, 131,072 and 262,144 keys (node 20,
 * in a loop), while each of a hundred scans in flight waited. Sixteen Maps double one at a time, each holding a
 * sixteenth of the keys, so no stall is longer than a sixteenth of that. With a cap, each shard forgets its own
 * oldest insertions past a sixteenth of it (memory/bounded-map.ts), in passes a sixteenth as long; the keys are
 * uniform hashes, so the shards fill alike and what goes is about the oldest sixteenth of the whole. They are also
 * hashes no caller can aim: a salted visitor hash (domain/visitor.ts) or a fingerprint under the process's random seed
 * (memory/fingerprint.ts), so nobody can fill one shard to push out the keys of another early.
 */
import { trimOldest } from './bounded-map';

const SHARDS = 16;

/**
 * The shard of a key. A number (a fingerprint, memory/fingerprint.ts, uniform in its low bits): its low four bits.
 * A string: its last character's code, spread so that the sixteen hex digits go to sixteen different shards
 * ('0'–'9' to 0–9, 'a'–'f' to 10–15); any other character goes somewhere, and every key to one shard always.
 */
function shardOf(key: string | number): number {
  if (typeof key === 'number') return key & (SHARDS - 1);
  const c = key.charCodeAt(key.length - 1);
  return ((c & 15) + (c >> 6) * 9) & (SHARDS - 1);
}

export class ShardedMap<K extends string | number, V> {
  private readonly shards: Map<K, V>[] = Array.from({ length: SHARDS }, () => new Map<K, V>());
  /** The most keys a shard keeps (Infinity: no cap). */
  private readonly shardCap: number;
  private count = 0;

  /** `cap`: about the most keys it keeps, forgetting the oldest insertions first; none by default. */
  constructor(cap = Infinity) {
    if (!(cap >= SHARDS)) throw new RangeError(`ShardedMap cap must be at least ${SHARDS}, not ${cap}`);
    this.shardCap = Math.ceil(cap / SHARDS);
  }

  get size(): number {
    return this.count;
  }

  get(key: K): V | undefined {
    return this.shards[shardOf(key)].get(key);
  }

  /** Sets the value as Map.set does: a key already held keeps its place in the insertion order. */
  set(key: K, value: V): void {
    const shard = this.shards[shardOf(key)];
    const before = shard.size;
    shard.set(key, value);
    if (shard.size > this.shardCap) trimOldest(shard, this.shardCap);
    this.count += shard.size - before;
  }

  delete(key: K): boolean {
    const deleted = this.shards[shardOf(key)].delete(key);
    if (deleted) this.count -= 1;
    return deleted;
  }

  clear(): void {
    for (const shard of this.shards) shard.clear();
    this.count = 0;
  }
}
