/**
 * The scan guard (domain/scan/guard.ts) on its own: once per visitor per post per window, at most
 * ADDRESS_SCANS_PER_WINDOW counted scans per address and post in a sliding window, and `release` giving back what a
 * failed write took. An address's times move between a single number and a list as they come and go.
 */
import {
  ADDRESS_SCANS_PER_WINDOW,
  SCAN_WINDOW_MS,
  ScanGuard,
  VISITOR_ARRIVALS_PER_WINDOW,
} from '~/cloudfunctions/domain/scan/guard';

const AT = Date.UTC(2026, 11, 5, 2);
const ADDRESS = '203.0.113.7';

test('an address counts its first scans of a post up to the cap, in a window that slides', () => {
  const guard = new ScanGuard();
  const admitted = Array.from({ length: ADDRESS_SCANS_PER_WINDOW + 3 }, (_, i) =>
    guard.admit(`phone-${i}`, 'P001', AT + i * 60_000, ADDRESS),
  );
  expect(admitted.filter(Boolean)).toHaveLength(ADDRESS_SCANS_PER_WINDOW);
  expect(admitted.slice(ADDRESS_SCANS_PER_WINDOW)).toEqual([false, false, false]);
  // Another post from the same address is its own count.
  expect(guard.admit('phone-x', 'P002', AT, ADDRESS)).toBe(true);
  // Once the first time has left the window, one more is counted, and only one.
  const later = AT + SCAN_WINDOW_MS + 30_000;
  expect(guard.admit('phone-a', 'P001', later, ADDRESS)).toBe(true);
  expect(guard.admit('phone-b', 'P001', later, ADDRESS)).toBe(false);
  // Long after, every old time has gone: the address starts again from one.
  const much = AT + 3 * SCAN_WINDOW_MS;
  for (let i = 0; i < ADDRESS_SCANS_PER_WINDOW; i++)
    expect(guard.admit(`phone-c${i}`, 'P001', much, ADDRESS)).toBe(true);
  expect(guard.admit('phone-d', 'P001', much, ADDRESS)).toBe(false);
});

test('release gives back the visitor window and the address time that a failed write took', () => {
  const guard = new ScanGuard();
  expect(guard.admit('phone-1', 'P001', AT, ADDRESS)).toBe(true);
  expect(guard.admit('phone-1', 'P001', AT + 1_000, ADDRESS)).toBe(false);
  guard.release('phone-1', 'P001', AT, ADDRESS);
  expect(guard.admit('phone-1', 'P001', AT + 2_000, ADDRESS)).toBe(true);
  // Fill the address, give one back: exactly one more fits.
  for (let i = 2; i <= ADDRESS_SCANS_PER_WINDOW; i++)
    expect(guard.admit(`phone-${i}`, 'P001', AT + i, ADDRESS)).toBe(true);
  expect(guard.admit('phone-late', 'P001', AT + 50, ADDRESS)).toBe(false);
  guard.release('phone-5', 'P001', AT + 5, ADDRESS);
  expect(guard.admit('phone-late', 'P001', AT + 60, ADDRESS)).toBe(true);
  expect(guard.admit('phone-later', 'P001', AT + 70, ADDRESS)).toBe(false);
  // Released down to none, the address counts from the start.
  const guard2 = new ScanGuard();
  guard2.admit('phone-1', 'P009', AT, ADDRESS);
  guard2.admit('phone-2', 'P009', AT + 1, ADDRESS);
  guard2.release('phone-1', 'P009', AT, ADDRESS);
  guard2.release('phone-2', 'P009', AT + 1, ADDRESS);
  for (let i = 0; i < ADDRESS_SCANS_PER_WINDOW; i++) expect(guard2.admit(`p${i}`, 'P009', AT + 10, ADDRESS)).toBe(true);
  expect(guard2.admit('p-extra', 'P009', AT + 10, ADDRESS)).toBe(false);
});

test('a scan without a known address is held per visitor alone', () => {
  const guard = new ScanGuard();
  for (let i = 0; i < 3 * ADDRESS_SCANS_PER_WINDOW; i++) expect(guard.admit(`phone-${i}`, 'P001', AT, null)).toBe(true);
  expect(guard.admit('phone-0', 'P001', AT + SCAN_WINDOW_MS - 1, null)).toBe(false);
  expect(guard.admit('phone-0', 'P001', AT + SCAN_WINDOW_MS, null)).toBe(true);
});

test('the times scans carry open no window: a visitor counts 3 per window of arrival, an address 10', () => {
  const guard = new ScanGuard();
  // Ten scans sent at once, each claiming a time a window before the last (a queue, or a client inventing times).
  const claimed = Array.from({ length: 10 }, (_, k) =>
    guard.admit('phone-1', 'P001', AT - k * SCAN_WINDOW_MS, null, AT),
  );
  expect(claimed.filter(Boolean)).toHaveLength(VISITOR_ARRIVALS_PER_WINDOW);
  expect(guard.admit('phone-1', 'P001', AT - 40 * SCAN_WINDOW_MS, null, AT + SCAN_WINDOW_MS - 1)).toBe(false);
  expect(guard.admit('phone-1', 'P001', AT - 40 * SCAN_WINDOW_MS, null, AT + SCAN_WINDOW_MS)).toBe(true);
  // A failed write gives its arrival back.
  guard.release('phone-1', 'P001', AT - 40 * SCAN_WINDOW_MS, null, AT + SCAN_WINDOW_MS);
  expect(guard.admit('phone-1', 'P001', AT - 41 * SCAN_WINDOW_MS, null, AT + SCAN_WINDOW_MS)).toBe(true);

  // The address's ten are by arrival: a scan claiming an old time neither counts past them nor clears them.
  const byAddress = new ScanGuard();
  for (let i = 0; i < ADDRESS_SCANS_PER_WINDOW; i++)
    expect(byAddress.admit(`p${i}`, 'P001', AT, ADDRESS, AT)).toBe(true);
  expect(byAddress.admit('old', 'P001', AT - 5 * 3600_000, ADDRESS, AT + 1)).toBe(false);
  expect(byAddress.admit('next', 'P001', AT, ADDRESS, AT + 2)).toBe(false);
});
