/** The dispatcher's two rate keys (identity, address) as both runtimes feed them, and how an address is keyed. */
import { fromTrustedProxy, webConfigFrom } from '~/cloudfunctions/local/origin';
import type { IncomingMessage } from 'node:http';
import * as v from 'valibot';
import { addressKey, networkKey } from '~/cloudfunctions/functions/address-key';
import { dispatch } from '~/cloudfunctions/functions/dispatch';
import { RateLimiter } from '~/cloudfunctions/functions/rate-limit';
import { clientAddress } from '~/cloudfunctions/local/client-address';
import type { HandlerContext, RouteTable } from '~/cloudfunctions/domain/context';

const table: RouteTable = { write: { schema: v.object({}), perMinute: 2, handle: async () => 'done' } };
const ctx = (openid: string, clientAddress: string | null) =>
  ({ identity: { openid, user: null }, now: () => 0, clientAddress }) as unknown as HandlerContext;

test('rotating identities from one address are held by the address (2 × 4 = 8 a minute)', async () => {
  const limiter = new RateLimiter();
  const out = [];
  for (let i = 0; i < 12; i++)
    out.push(await dispatch('f', table, { action: 'write' }, ctx(`o${i}`, '1.2.3.4'), limiter));
  expect(out.filter((o) => o.status === 200)).toHaveLength(8);
  expect(out[8].result).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' } });
});

test('a home line walking through the /64s of its /56 is held by the /56 (8 addresses’ worth)', async () => {
  const limiter = new RateLimiter();
  let passed = 0;
  for (let net = 0; net < 16; net++) {
    const address = addressKey(`2001:db8:7:${(0x3400 + net).toString(16)}::${net + 1}`);
    for (let i = 0; i < 10; i++) {
      const out = await dispatch('f', table, { action: 'write' }, ctx(`o${net}-${i}`, address), limiter);
      if (out.status === 200) passed++;
    }
  }
  // Each /64 alone would pass 8 (2 × 4); the /56 passes 8 × 8 in all, not 16 × 8.
  expect(passed).toBe(64);
  // Another /56 of the same /48 is not held by it.
  const other = addressKey('2001:db8:7:3500::1');
  expect((await dispatch('f', table, { action: 'write' }, ctx('o-other', other), limiter)).status).toBe(200);
});

test('without an address (a CloudBase mini-program call) the stable OPENID holds alone', async () => {
  const limiter = new RateLimiter();
  const same = [];
  for (let i = 0; i < 3; i++)
    same.push((await dispatch('f', table, { action: 'write' }, ctx('o', null), limiter)).status);
  expect(same).toEqual([200, 200, 429]);
  expect((await dispatch('f', table, { action: 'write' }, ctx('other', null), limiter)).status).toBe(200);
});

test('addresses as keys: IPv4-mapped as IPv4, IPv6 per /64, junk refused', () => {
  expect(addressKey('::ffff:10.0.0.7')).toBe('10.0.0.7');
  expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:db8:1:2:bbbb::9'));
  expect(addressKey('2001:db8:1:3::1')).not.toBe(addressKey('2001:db8:1:2::1'));
  expect(addressKey('not-an-ip')).toBeNull();
  expect(networkKey(addressKey('2001:db8:1:2ff::1')!)).toBe(networkKey(addressKey('2001:db8:1:200::9')!));
  expect(networkKey(addressKey('2001:db8:1:2ff::1')!)).not.toBe(networkKey(addressKey('2001:db8:1:300::1')!));
  expect(networkKey('10.0.0.7')).toBeNull();
});

test('X-Forwarded-For is read only with TRUST_PROXY=1, and only its last entry', () => {
  const req = {
    headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.9' },
    socket: { remoteAddress: '127.0.0.1' },
  } as unknown as IncomingMessage;
  expect(clientAddress(req, false)).toBe('127.0.0.1');
  expect(clientAddress(req, true)).toBe('203.0.113.9');
});

test('forwarded headers count only from the proxy TRUST_PROXY names: one on this machine (1) or listed addresses', () => {
  const from = (remoteAddress: string) => ({ headers: {}, socket: { remoteAddress } }) as unknown as IncomingMessage;
  const local = webConfigFrom({ TRUST_PROXY: '1' });
  expect(fromTrustedProxy(local, from('127.0.0.1'))).toBe(true);
  expect(fromTrustedProxy(local, from('::1'))).toBe(true);
  expect(fromTrustedProxy(local, from('::ffff:127.0.0.1'))).toBe(true);
  // A client that reaches the port directly, past the proxy: its X-Forwarded-For is its own word.
  expect(fromTrustedProxy(local, from('203.0.113.9'))).toBe(false);
  const listed = webConfigFrom({ TRUST_PROXY: '10.0.0.5, 10.0.0.6' });
  expect(fromTrustedProxy(listed, from('::ffff:10.0.0.6'))).toBe(true);
  expect(fromTrustedProxy(listed, from('127.0.0.1'))).toBe(false);
  expect(fromTrustedProxy(webConfigFrom({}), from('127.0.0.1'))).toBe(false);
  expect(fromTrustedProxy(webConfigFrom({ TRUST_PROXY: '0' }), from('127.0.0.1'))).toBe(false);
  expect(() => webConfigFrom({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY is 1 .* not: yes/);
});

test('the limiter forgets spent windows as time passes, without waiting for a pass over every key', () => {
  const limiter = new RateLimiter();
  for (let i = 0; i < 1000; i++) limiter.hit(`phone${i}`, 5, i);
  limiter.hit('late', 5, 30_000);
  // The map itself is the memory a flood of phones costs: it shrinks to the callers still inside their minute.
  const size = () => (limiter as unknown as { windows: Map<number, unknown> }).windows.size;
  expect(size()).toBe(1001);
  limiter.hit('now', 5, 60_500);
  expect(size()).toBe(499 + 2); // phones 501–999, 'late' and 'now'
  limiter.hit('later', 5, 91_000);
  expect(size()).toBe(2);
  // A forgotten window starts afresh: the phone may call again.
  for (let i = 0; i < 5; i++) expect(limiter.hit('phone1', 5, 91_000 + i)).toBe(true);
  expect(limiter.hit('phone1', 5, 91_010)).toBe(false);
});

test("a window holds a scan route's address limit (600) exactly at today's clock, and opens again a minute on", () => {
  // A window is one number, its start (epoch ms) and its count together: the count must never spill into the start.
  const limiter = new RateLimiter();
  const t0 = Date.UTC(2026, 11, 4, 9, 30);
  for (let i = 0; i < 600; i++) expect(limiter.hit('ip:203.0.113.9:scan.land', 600, t0 + i)).toBe(true);
  expect(limiter.hit('ip:203.0.113.9:scan.land', 600, t0 + 700)).toBe(false);
  // Another key is its own window, whatever its text shares with the first.
  expect(limiter.hit('ip:203.0.113.90:scan.land', 600, t0 + 700)).toBe(true);
  expect(limiter.hit('ip:203.0.113.9:scan.land', 600, t0 + 59_999)).toBe(false);
  expect(limiter.hit('ip:203.0.113.9:scan.land', 600, t0 + 60_000)).toBe(true);
});

test('a clock with fractions of a millisecond (the demo seed simulates one) counts calls, not fractions', () => {
  const limiter = new RateLimiter();
  const t0 = Date.UTC(2026, 5, 1) + 0.6180339;
  for (let i = 0; i < 5; i++) expect(limiter.hit('id:volunteer-1:work.advance', 5, t0 + i * 0.37)).toBe(true);
  expect(limiter.hit('id:volunteer-1:work.advance', 5, t0 + 2.5)).toBe(false);
  expect(limiter.hit('id:volunteer-1:work.advance', 5, t0 + 60_000.4)).toBe(true);
});
