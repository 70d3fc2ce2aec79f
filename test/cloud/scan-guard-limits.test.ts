/**
 * The scan guard's limits by client address beyond one post's ten (domain/scan/guard.ts): an IPv6 /56 counted as
 * well as each /64, a cap across posts, believed locations per address, and one visitor's counted times all
 * remembered (not only the last).
 */
import { addressKey } from '~/cloudfunctions/functions/address-key';
import { ScanGuard, SCAN_WINDOW_MS } from '~/cloudfunctions/domain/scan/guard';

const AT = Date.UTC(2026, 11, 5, 2);
const MINUTE = 60_000;
/** The /64 number `n` of one /56 (2001:db8:7:3400::/56), as the server keys it. */
const slash64 = (n: number) => addressKey(`2001:db8:7:${(0x3400 + n).toString(16)}::${n + 1}`) as string;
/** A point inside the city (types/ids.ts CITY_BOUNDS). */
const IN_CITY = { lat: 45.62, lng: 122.84 };

test('a visitor scan carrying a time already counted is a repeat, whatever was counted in between', () => {
  const guard = new ScanGuard();
  expect(guard.admit('phone-1', 'P001', AT, null, AT)).toBe(true);
  expect(guard.admit('phone-1', 'P001', AT + 31 * MINUTE, null, AT + 1)).toBe(true);
  // The first time again, and one near it: within 30 minutes of a counted time, so not counted.
  expect(guard.admit('phone-1', 'P001', AT, null, AT + 2)).toBe(false);
  expect(guard.admit('phone-1', 'P001', AT + 10 * MINUTE, null, AT + 3)).toBe(false);
  // A third time away from both counts (the visitor's third of the window of arrival).
  expect(guard.admit('phone-1', 'P001', AT - 40 * MINUTE, null, AT + 4)).toBe(true);
  // A failed write gives its time back: the same time may then count.
  guard.release('phone-1', 'P001', AT - 40 * MINUTE, null, AT + 4);
  expect(guard.admit('phone-1', 'P001', AT - 40 * MINUTE, null, AT + 5)).toBe(true);
});

test('a /56 walking through its /64s counts 80 scans of a post (8 addresses’ worth), not 10 per /64', () => {
  const guard = new ScanGuard();
  let counted = 0;
  for (let net = 0; net < 40; net++)
    for (let i = 0; i < 10; i++) if (guard.admit(`v${net}-${i}`, 'P001', AT, slash64(net), AT + net)) counted++;
  expect(counted).toBe(80);
  // Another /56 is not held by it.
  expect(guard.admit('elsewhere', 'P001', AT, addressKey('2001:db8:7:3500::1'), AT + 50)).toBe(true);
  // Half an hour on, the /56 counts again.
  expect(guard.admit('later', 'P001', AT, slash64(0), AT + SCAN_WINDOW_MS + 50)).toBe(true);
});

test('one address counts at most 60 scans across posts per half hour; a /56 at most 480', () => {
  const guard = new ScanGuard();
  let counted = 0;
  for (let p = 0; p < 60; p++)
    for (let i = 0; i < 10; i++) if (guard.admit(`v${p}-${i}`, `P${p}`, AT, '203.0.113.7', AT + p)) counted++;
  expect(counted).toBe(60);
  // A failed write gives its count back: exactly one more fits.
  guard.release('v0-0', 'P0', AT, '203.0.113.7', AT);
  expect(guard.admit('again', 'P70', AT, '203.0.113.7', AT + 100)).toBe(true);
  expect(guard.admit('again2', 'P71', AT, '203.0.113.7', AT + 101)).toBe(false);
  // Another address is not held by it; half an hour on, this one counts again.
  expect(guard.admit('other', 'P0', AT, '203.0.113.8', AT + 100)).toBe(true);
  expect(guard.admit('later', 'P0', AT, '203.0.113.7', AT + SCAN_WINDOW_MS + 100)).toBe(true);

  const v6 = new ScanGuard();
  let fromNet = 0;
  for (let net = 0; net < 9; net++)
    for (let p = 0; p < 60; p++) if (v6.admit(`v${net}-${p}`, `P${p}`, AT, slash64(net), AT + p)) fromNet++;
  expect(fromNet).toBe(480);
});

test('an address gets at most 10 believed locations per half hour, a /56 at most 80', () => {
  const guard = new ScanGuard();
  const believed = Array.from({ length: 12 }, (_, i) =>
    guard.plausible(`new-phone-${i}`, { ...IN_CITY, at: AT + i }, '203.0.113.7'),
  );
  expect(believed.filter(Boolean)).toHaveLength(10);
  expect(believed.slice(10)).toEqual([false, false]);
  // Another address is not held by it, nor is a claim without an address; half an hour on, this one is believed.
  expect(guard.plausible('elsewhere', { ...IN_CITY, at: AT + 20 }, '203.0.113.8')).toBe(true);
  expect(guard.plausible('no-address', { ...IN_CITY, at: AT + 20 }, null)).toBe(true);
  expect(guard.plausible('later', { ...IN_CITY, at: AT + SCAN_WINDOW_MS + 20 }, '203.0.113.7')).toBe(true);

  const v6 = new ScanGuard();
  let fromNet = 0;
  for (let net = 0; net < 12; net++)
    for (let i = 0; i < 10; i++)
      if (v6.plausible(`n${net}-${i}`, { ...IN_CITY, at: AT + net }, slash64(net))) fromNet++;
  expect(fromNet).toBe(80);
});

test("a resident reloading a plate on shared Wi-Fi keeps their own fixes and uses up none of the neighbours'", () => {
  const guard = new ScanGuard();
  for (let i = 0; i < 15; i++)
    expect(guard.plausible('reloader', { ...IN_CITY, at: AT + i * 1000 }, '203.0.113.9')).toBe(true);
  expect(guard.plausible('neighbour', { ...IN_CITY, at: AT + 20_000 }, '203.0.113.9')).toBe(true);
});
