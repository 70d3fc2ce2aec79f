/**
 * The scan figures against a client that drops its cookie, walks an IPv6 /56, spreads over posts, invents times or
 * claims locations, over the real HTTP server behind a trusted proxy (each call's address its X-Forwarded-For).
 */
import { randomUUID } from 'node:crypto';
import type { Post } from '~/types/domain';
import { startHarness, type Harness } from '../support/local-harness';

let h: Harness;
let posts: Post[];
beforeEach(async () => {
  h = await startHarness(true, { web: { publicUrl: null, trustProxy: true } });
  posts = await h.store.posts.page(null, 100, 'active');
});
afterEach(() => h.close());

const MINUTE = 60_000;
/** Host `host` of the /64 number `n` of one /56 (2001:db8:7:3400::/56). */
const v6 = (n: number, host = 1) => `2001:db8:7:${(0x3400 + n).toString(16)}::${host}`;

interface ScanReply {
  status: number;
  cookie: string;
  scan: { recorded: boolean; inCircle: boolean | null; distanceM: number | null } | undefined;
}

/** One scan of `postId` from `address`, with `cookie` (none: a new visitor) and the body's extra fields. */
async function scan(address: string, postId: string, extra: Record<string, unknown> = {}, cookie = '') {
  const res = await fetch(`${h.url}/api/scan`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, cookie },
    body: JSON.stringify({ action: 'land', postId, scanId: randomUUID(), ...extra }),
  });
  const json = await res.json();
  const set = (res.headers.get('set-cookie') ?? '').split(';')[0];
  return { status: res.status, cookie: set || cookie, scan: json.data?.scan } as ScanReply;
}
const storedScans = () => (h.store.db.prepare('SELECT COUNT(*) n FROM scans').get() as { n: number }).n;
const inCircleScans = () =>
  (h.store.db.prepare('SELECT COUNT(*) n FROM scans WHERE in_circle = 1').get() as { n: number }).n;

test('cookie-less scans of one post from 40 /64s of one /56 count 80 (8 addresses’ worth), not 400', async () => {
  const before = storedScans();
  const replies: ScanReply[] = [];
  for (let net = 0; net < 40; net++) {
    const sent = await Promise.all(Array.from({ length: 10 }, (_, i) => scan(v6(net, i + 1), posts[0].id)));
    replies.push(...sent);
  }
  expect(replies.filter((r) => r.status === 200).length).toBe(400);
  expect(replies.filter((r) => r.scan?.recorded).length).toBe(80);
  expect(storedScans()).toBe(before + 80);
});

test('cookie-less scans over 60 posts from one address count 60 in half an hour, not 600', async () => {
  expect(posts.length).toBeGreaterThanOrEqual(60);
  const before = storedScans();
  const replies: ScanReply[] = [];
  for (const post of posts.slice(0, 60))
    replies.push(...(await Promise.all(Array.from({ length: 10 }, () => scan('203.0.113.50', post.id)))));
  expect(replies.filter((r) => r.status === 200).length).toBe(600);
  expect(replies.filter((r) => r.scan?.recorded).length).toBe(60);
  expect(storedScans()).toBe(before + 60);
  // Half an hour later the address counts again.
  h.clock.now += 31 * MINUTE;
  expect((await scan('203.0.113.50', posts[59].id)).scan?.recorded).toBe(true);
});

test('100 cookie-less in-circle claims at 10 posts from one address: 10 believed, the rest count without', async () => {
  const before = storedScans();
  const replies: ScanReply[] = [];
  for (const post of posts.slice(0, 10)) {
    const at = { location: { lat: post.lat, lng: post.lng } };
    replies.push(...(await Promise.all(Array.from({ length: 10 }, () => scan('203.0.113.60', post.id, at)))));
  }
  // 60 counted (the address's cap across posts), of which 10 with their location believed.
  expect(replies.filter((r) => r.scan?.recorded).length).toBe(60);
  expect(replies.filter((r) => r.scan?.inCircle === true).length).toBe(10);
  expect(replies.filter((r) => r.scan?.inCircle === null).length).toBe(90);
  expect(inCircleScans()).toBe(10);
  expect(storedScans()).toBe(before + 60);
  // Another address is believed.
  const there = { location: { lat: posts[0].lat, lng: posts[0].lng } };
  expect((await scan('203.0.113.61', posts[0].id, there)).scan?.inCircle).toBe(true);
});

test('a scan backdated to make a long jump look slow is not believed: speed is judged by arrival', async () => {
  const [target, near] = posts;
  // The city's corner farthest from the target post (CITY_BOUNDS 44.2–46.3° N, 121.6–124.9° E): 170 km or more.
  const far = { lat: target.lat > 45.25 ? 44.25 : 46.25, lng: target.lng > 123.25 ? 121.65 : 124.85 };
  const first = await scan('203.0.113.70', near.id, { location: far });
  expect(first.scan).toMatchObject({ recorded: true, inCircle: false });
  // Seconds later, at the target post, claiming to have scanned it two hours ago (178 km in 2 h is 25 m/s).
  h.clock.now += 2_000;
  const twoHours = await scan(
    '203.0.113.70',
    target.id,
    { location: { lat: target.lat, lng: target.lng }, at: h.clock.now - 120 * MINUTE },
    first.cookie,
  );
  expect(twoHours.scan).toMatchObject({ recorded: true, inCircle: null, distanceM: null });
  // Nor a few minutes back: 25 km claimed 9 minutes after a fix (46 m/s by the times given), 2 s after it arrived.
  const north = target.lat < 45.25 ? 0.225 : -0.225;
  const c = await scan('203.0.113.71', near.id, { location: { lat: target.lat + north, lng: target.lng } });
  h.clock.now += 2_000;
  const nineMinutes = await scan(
    '203.0.113.71',
    target.id,
    { location: { lat: target.lat, lng: target.lng }, at: h.clock.now - 9 * MINUTE },
    c.cookie,
  );
  expect(nineMinutes.scan).toMatchObject({ recorded: true, inCircle: null });
  expect(inCircleScans()).toBe(0);
  // A fix sent with its scan, after a journey that took its time, is believed.
  h.clock.now += 31 * MINUTE;
  const honest = await scan('203.0.113.71', target.id, { location: { lat: target.lat, lng: target.lng } }, c.cookie);
  expect(honest.scan).toMatchObject({ recorded: true, inCircle: true });
});

test('one visitor’s scan carrying a time already counted counts once: T, T + 31 min, then T again', async () => {
  const T = h.clock.now - 40 * MINUTE;
  const first = await scan('203.0.113.80', posts[0].id, { at: T });
  const second = await scan('203.0.113.80', posts[0].id, { at: T + 31 * MINUTE }, first.cookie);
  const again = await scan('203.0.113.80', posts[0].id, { at: T }, first.cookie);
  expect([first.scan?.recorded, second.scan?.recorded, again.scan?.recorded]).toEqual([true, true, false]);
});
