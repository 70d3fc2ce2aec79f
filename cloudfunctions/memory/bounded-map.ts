/**
 * Memory caps of the in-process Maps of objects (the read caches; each shard of a capped ShardedMap, sharded-map.ts,
 * which holds the scan guard's fixes and address lists): past the cap, the oldest insertions go, in one pass down to
 * 90 % of it. Numbers keyed by caller (the rate limits, the scan guard's counts) live in a FingerprintMap instead
 * (fingerprint-map.ts), which forgets one key per insertion.
 *
 * One pass for many, never one at a time: a Map keeps the slots of deleted entries at its front until it is
 * rehashed, so taking "the oldest key" walks every such slot again on each call. Evicting one key per call once
 * the rate limiter was full cost a quarter of the scan server's time (measured with the scan bench, CPU profile).
 */

/** Share of the cap kept after a trim. */
const KEEP = 0.9;

/** Deletes the oldest entries of `map` (insertion order) when it holds more than `max`, down to 90 % of `max`. */
export function trimOldest<K, V>(map: Map<K, V>, max: number): void {
  if (map.size <= max) return;
  let excess = map.size - Math.floor(max * KEEP);
  for (const key of map.keys()) {
    if (excess <= 0) break;
    map.delete(key);
    excess -= 1;
  }
}
