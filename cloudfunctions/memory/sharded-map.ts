/**
 * A Map with string keys split over 16 Maps by the key's last character, for a map that grows to hundreds of
 * thousands of keys on a hot path (the scan recorder's visitors of the day, store/sqlite/visitor-days.ts).
 *
 * A Map grows by doubling its table and rehashing every entry at once, on the insertion that finds it full: for a
 * Map of visitor hashes that stalled the thread for 8, 10 and 20 ms at 65,536, 131,072 and 262,144 keys (node 20,
 * in a loop), while each of a hundred scans in flight waited. Sixteen Maps double one at a time, each holding a
 * sixteenth of the keys, so no stall is longer than a sixteenth of that. No insertion order is kept across shards.
 */

const SHARDS = 16;

/**
 * The shard of a key: its last character's code, spread so that the sixteen hex digits go to sixteen different
 * shards ('0'–'9' to 0–9, 'a'–'f' to 10–15); any other character goes somewhere, and every key to one shard always.
 */
function shardOf(key: string): number {
  const c = key.charCodeAt(key.length - 1);
  return ((c & 15) + (c >> 6) * 9) & (SHARDS - 1);
}

export class ShardedMap<V> {
  private readonly shards: Map<string, V>[] = Array.from({ length: SHARDS }, () => new Map<string, V>());
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(key: string): V | undefined {
    return this.shards[shardOf(key)].get(key);
  }

  set(key: string, value: V): void {
    const shard = this.shards[shardOf(key)];
    const before = shard.size;
    shard.set(key, value);
    this.count += shard.size - before;
  }

  clear(): void {
    for (const shard of this.shards) shard.clear();
    this.count = 0;
  }
}
