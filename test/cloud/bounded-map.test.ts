/**
 * The memory caps of the in-process maps keyed on callers: the Maps of objects (memory/bounded-map.ts) lose their
 * oldest in one pass past the cap, the rate limiter's and the scan guard's numbers (memory/fingerprint-map.ts) one
 * per insertion; either way a map held at its cap stays as fast as an empty one (it used to evict one key per call,
 * walking the deleted slots at the map's front each time: 300 µs a call once the rate limiter was full).
 */
import { trimOldest } from '~/cloudfunctions/memory/bounded-map';
import { RateLimiter } from '~/cloudfunctions/functions/rate-limit';
import { ScanGuard } from '~/cloudfunctions/domain/scan/guard';

test('past its cap a map keeps its newest 90 %, in order, and below it nothing changes', () => {
  const map = new Map<number, string>();
  for (let i = 0; i < 100; i++) map.set(i, `v${i}`);
  trimOldest(map, 100);
  expect(map.size).toBe(100);
  map.set(100, 'v100');
  trimOldest(map, 100);
  expect([...map.keys()]).toEqual(Array.from({ length: 90 }, (_, i) => 11 + i));
});

/** Milliseconds `calls` new callers take on `limiter`, starting at caller number `from`. */
function flood(limiter: RateLimiter, from: number, calls: number): number {
  const started = process.hrtime.bigint();
  for (let i = from; i < from + calls; i++) {
    limiter.take(
      [
        { key: `id:anon-${i}:scan.land`, perMinute: 60 },
        { key: `ip:10.${i & 255}.${(i >> 8) & 255}.${i % 7}:scan.land`, perMinute: 600 },
      ],
      1_000,
    );
  }
  return Number(process.hrtime.bigint() - started) / 1e6;
}

test('a rate limiter held at its cap by a flood of new callers answers as fast as before it filled', () => {
  const limiter = new RateLimiter();
  // 150,000 callers of two keys each fill the 200,000-key map; the next 50,000 all evict.
  const filling = flood(limiter, 0, 50_000);
  flood(limiter, 50_000, 100_000);
  const full = flood(limiter, 150_000, 50_000);
  const size = (limiter as unknown as { windows: Map<number, unknown> }).windows.size;
  expect(size).toBeLessThanOrEqual(200_000);
  expect(size).toBeGreaterThan(150_000);
  // Evicting one key per call took ≈ 12 s here; in passes it is about the filling time. 5× leaves room for noise.
  expect(full).toBeLessThan(Math.max(5 * filling, 1_000));
  // The newest callers are the ones remembered: the last one is still limited by its window.
  for (let n = 1; n < 60; n++) limiter.hit('id:anon-199999:scan.land', 60, 1_000);
  expect(limiter.hit('id:anon-199999:scan.land', 60, 1_000)).toBe(false);
});

test('the scan guard still refuses a repeat after a flood of other visitors pushed old ones out', () => {
  const guard = new ScanGuard();
  const at = Date.UTC(2026, 11, 3, 2);
  expect(guard.admit('visitor-first', 'P001', at, null)).toBe(true);
  for (let i = 0; i < 20_000; i++) guard.admit(`v${i}`, 'P001', at, null);
  // The newest are kept: a repeat within the window is not counted.
  expect(guard.admit('v19999', 'P001', at + 1_000, null)).toBe(false);
  expect(guard.admit('visitor-first', 'P001', at + 1_000, null)).toBe(false);
});
