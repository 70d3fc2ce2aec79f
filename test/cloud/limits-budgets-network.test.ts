/**
 * The hourly amounts per client address (memory/hourly-budget.ts): requests filed and photo bytes uploaded. An IPv6
 * /56 is counted as well as each of its /64s, with room for 8 /64s, as the per-minute limits count it.
 */
import { addressKey } from '~/cloudfunctions/functions/address-key';
import { ADDRESS_SUBMISSIONS_PER_HOUR, addressSubmissions } from '~/cloudfunctions/domain/requests/submit';
import { ADDRESS_PHOTO_BYTES_PER_HOUR } from '~/cloudfunctions/local/uploads';
import { HourlyBudget } from '~/cloudfunctions/memory/hourly-budget';

const NOW = Date.UTC(2026, 11, 5, 2);
const slash64 = (n: number) => addressKey(`2001:db8:7:${(0x3400 + n).toString(16)}::1`) as string;

beforeEach(() => addressSubmissions.clear());
afterAll(() => addressSubmissions.clear());

test('requests: a /56 walking through its /64s files 480 an hour (8 × 60), not 60 per /64', () => {
  let filed = 0;
  for (let net = 0; net < 12; net++)
    for (let i = 0; i < ADDRESS_SUBMISSIONS_PER_HOUR; i++)
      if (addressSubmissions.take(slash64(net), 1, NOW + i)) filed++;
  expect(filed).toBe(480);
  // Another /56 is not held by it; a request given back (nothing stored) frees its place in the /56 too.
  expect(addressSubmissions.take(addressKey('2001:db8:7:3500::1') as string, 1, NOW)).toBe(true);
  addressSubmissions.give(slash64(3), 1, NOW);
  expect(addressSubmissions.take(slash64(11), 1, NOW)).toBe(true);
  expect(addressSubmissions.take(slash64(11), 1, NOW)).toBe(false);
  // An hour after the /56's first request it files again.
  expect(addressSubmissions.take(slash64(11), 1, NOW + 3600_000)).toBe(true);
});

test('uploads: a /56 uploads 256 MB an hour (8 × 32 MB), however many /64s it uses', () => {
  const bytes = new HourlyBudget(ADDRESS_PHOTO_BYTES_PER_HOUR);
  const held: boolean[] = [];
  for (let net = 0; net < 10; net++) {
    held.push(bytes.spent(slash64(net), NOW));
    bytes.add(slash64(net), ADDRESS_PHOTO_BYTES_PER_HOUR, NOW);
  }
  expect(held).toEqual([...Array(8).fill(false), true, true]);
  // An IPv4 address is held on its own.
  expect(bytes.spent('203.0.113.9', NOW)).toBe(false);
});
