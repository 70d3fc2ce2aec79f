/**
 * The typed-array map of caller fingerprints (memory/fingerprint-map.ts) that the rate limits and the scan guard
 * remember callers in: checked against a plain Map under random operations, for its values, its cap and the order
 * it forgets in; held at its cap under a flood it answers as fast as while it was filling; and it grows without a stall.
 */
import fc from 'fast-check';
import { FingerprintMap } from '~/cloudfunctions/memory/fingerprint-map';

/** Keys that share their low 32 bits (the slot) with others, and the two ends of the fingerprint range. */
const KEYS = [0, 1, 2, 3, 2 ** 32, 2 ** 32 + 1, 3 * 2 ** 32, 2 ** 53 - 1, 2 ** 52 + 5, 17, 33, 1023, 1024, 4096, 99];

type Op = { kind: 'set' | 'update' | 'delete'; key: number; value: number };

const op = fc.record({
  kind: fc.constantFrom<Op['kind']>('set', 'set', 'update', 'delete'),
  key: fc.oneof(fc.constantFrom(...KEYS), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
  value: fc.oneof(fc.integer({ min: 0, max: 2 ** 40 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
});

/** Runs `ops` on a map of `cap` and on a Map, and checks the map against it. */
function agrees(cap: number, ops: Op[]): void {
  const map = new FingerprintMap(cap);
  // The model: each key's value and the number of its latest insertion (set, or update of an absent key).
  const model = new Map<number, { value: number; insertion: number }>();
  let insertions = 0;
  for (const { kind, key, value } of ops) {
    if (kind === 'delete') {
      const had = map.get(key) !== undefined;
      expect(map.delete(key)).toBe(had);
      model.delete(key);
      expect(map.get(key)).toBeUndefined();
      continue;
    }
    const held = map.get(key) !== undefined;
    if (kind === 'set') map.set(key, value);
    else map.update(key, value);
    // A set, or an update of a key not held, is an insertion; an update of a held key keeps its place.
    const insertion = kind === 'set' || !held ? (insertions += 1) : model.get(key)!.insertion;
    model.set(key, { value, insertion });
    expect(map.get(key)).toBe(value);
  }
  expect(map.size).toBeLessThanOrEqual(cap);
  let present = 0;
  let newestMissing = 0;
  for (const [key, { value, insertion }] of model) {
    const got = map.get(key);
    if (got === undefined) {
      newestMissing = Math.max(newestMissing, insertion);
      // Among the last `cap` insertions nothing is forgotten.
      expect(insertions - insertion).toBeGreaterThanOrEqual(cap);
    } else {
      present += 1;
      expect(got).toBe(value);
    }
  }
  // Oldest first: every key inserted after the newest forgotten one is still held.
  for (const [key, { value, insertion }] of model) if (insertion > newestMissing) expect(map.get(key)).toBe(value);
  expect(map.size).toBe(present);
}

test('it answers as a Map does, holds at most its cap, and forgets the oldest insertions first', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.array(op, { maxLength: 300 }), agrees), { numRuns: 300 });
});

test('the same holds while the table grows past its first size, with keys deleted and set again on the way', () => {
  const pool = fc.integer({ min: 0, max: 2_999 }).map((n) => n * 2 ** 32 + (n % 7));
  const growing = fc.record({
    kind: fc.constantFrom<Op['kind']>('set', 'set', 'update', 'delete'),
    key: pool,
    value: fc.nat(),
  });
  fc.assert(
    fc.property(
      fc.integer({ min: 1_025, max: 2_500 }),
      fc.array(growing, { minLength: 2_000, maxLength: 6_000 }),
      agrees,
    ),
    { numRuns: 8 },
  );
});

test('a key set again moves to the newest place; an update keeps its place', () => {
  const map = new FingerprintMap(3);
  map.set(1, 10);
  map.set(2, 20);
  map.set(3, 30);
  map.set(1, 11); // 1 is now the newest
  map.set(4, 40); // forgets 2, the oldest
  expect([map.get(1), map.get(2), map.get(3), map.get(4)]).toEqual([11, undefined, 30, 40]);
  map.update(3, 31); // stays the oldest
  map.set(5, 50);
  expect([map.get(3), map.get(1), map.get(4), map.get(5)]).toEqual([undefined, 11, 40, 50]);
  expect(map.size).toBe(3);
});

test('every insertion takes a place in the order: a key set again and again pushes the others out', () => {
  const map = new FingerprintMap(2);
  map.set(7, 1);
  map.set(8, 2);
  for (let n = 0; n < 10; n++) map.set(7, 100 + n);
  // The memory bound counts insertions, not keys: 8 was inserted before the last two insertions (both of 7).
  expect([map.get(7), map.get(8), map.size]).toEqual([109, undefined, 1]);
  map.set(9, 3);
  expect([map.get(7), map.get(9), map.size]).toEqual([109, 3, 2]);
});

test('forgetting the oldest stops at the first live one it must keep, and passes over places a key left', () => {
  const map = new FingerprintMap(10);
  map.set(1, 100);
  map.set(2, 200);
  map.set(1, 300); // 1's first place is now empty
  map.set(3, 150);
  map.forgetOldestWhile((v) => v < 250);
  // 2 (200) goes; 1's old place is passed over; 1 (300) is kept, and so is 3 behind it, though spent.
  expect([map.get(1), map.get(2), map.get(3), map.size]).toEqual([300, undefined, 150, 2]);
  map.forgetOldestWhile(() => true);
  expect(map.size).toBe(0);
});

/** Milliseconds `count` new keys take on `map`, starting at key `from` (as a rate limiter meets new callers). */
function flood(map: FingerprintMap, keys: Float64Array, from: number, count: number): number {
  const started = process.hrtime.bigint();
  for (let i = from; i < from + count; i++) {
    const key = keys[i];
    if (map.get(key) === undefined) map.set(key, 1_700_000_000_000 + i);
  }
  return Number(process.hrtime.bigint() - started) / 1e6;
}

test('held at its cap by a flood of new keys it answers as fast as while filling, keeping the newest', () => {
  const cap = 200_000;
  const keys = Float64Array.from({ length: 800_000 }, () => Math.floor(Math.random() * Number.MAX_SAFE_INTEGER));
  const map = new FingerprintMap(cap);
  const filling = flood(map, keys, 0, 200_000);
  const full = flood(map, keys, 200_000, 600_000) / 3;
  expect(map.size).toBe(cap);
  // A Map trimmed in passes took 0.7 µs a key here, with stalls; evicting one key per insertion took far longer.
  expect(full).toBeLessThan(Math.max(3 * filling, 300));
  expect(map.get(keys[799_999])).toBe(1_700_000_000_000 + 799_999);
  expect(map.get(keys[600_000])).toBe(1_700_000_000_000 + 600_000);
  expect(map.get(keys[599_999])).toBeUndefined();
});

/** The longest single insertion (ms) while `count` new keys fill a map of that cap from empty. */
function longestInsertion(count: number): number {
  const keys = Float64Array.from({ length: count }, () => Math.floor(Math.random() * Number.MAX_SAFE_INTEGER));
  const map = new FingerprintMap(count);
  let longest = 0;
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    map.set(keys[i], i);
    longest = Math.max(longest, performance.now() - started);
  }
  expect(map.size).toBe(count);
  expect(map.get(keys[0])).toBe(0);
  expect(map.get(keys[count - 1])).toBe(count - 1);
  return longest;
}

test('no insertion stalls while the table grows: a doubling moves a few slots at each insertion', () => {
  // A whole rehash at the doubling past 262,144 keys took 48 ms here (21 ms at 131,072), so it fails every attempt.
  // An attempt of the moving table can still meet a preemption of the process or a collection: the best of three.
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= 15; attempt++) best = Math.min(best, longestInsertion(300_000));
  expect(best).toBeLessThan(15);
});

test('a cap that is not a positive integer is refused', () => {
  expect(() => new FingerprintMap(0)).toThrow(RangeError);
  expect(() => new FingerprintMap(1.5)).toThrow(RangeError);
});
