/** The local runtime's scan path over HTTP: a plate's link, one call that logs and lands, counters that add up. */
import { randomUUID } from 'node:crypto';
import { cellOf } from '~/cloudfunctions/geo/cells';
import { Client, startHarness, type Harness } from '../support/local-harness';

let h: Harness;
let postId: string;
beforeAll(async () => {
  h = await startHarness();
  postId = (await h.store.posts.page(null, 1, 'active'))[0].id;
});
afterAll(() => h.close());

const land = (c: Client, body: Record<string, unknown>) => c.call('scan', { action: 'land', ...body });

test('GET /healthz answers {"ok":true}', async () => {
  const res = await fetch(`${h.url}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true });
});

test('read-only paths refuse a method that would change something with 405 and the methods they take', async () => {
  for (const [method, path] of [
    ['DELETE', '/healthz'],
    ['PUT', '/healthz'],
    ['POST', `/s/${postId}`],
    ['DELETE', `/s/${postId}`],
    ['POST', `/qr/${postId}`],
    ['POST', '/files/x'],
    ['PUT', '/admin-files/x'],
    ['POST', '/'],
  ]) {
    const res = await fetch(`${h.url}${path}`, { method, redirect: 'manual' });
    expect({ method, path, status: res.status, allow: res.headers.get('allow') }).toEqual({
      method,
      path,
      status: 405,
      allow: 'GET, HEAD',
    });
    expect((await res.json()).error.code).toBe('METHOD_NOT_ALLOWED');
  }
  // An API call with another method is 405 before its headers are looked at (no content type here: not a 415).
  for (const method of ['DELETE', 'GET', 'PUT']) {
    const res = await fetch(`${h.url}/api/scan`, { method });
    expect([method, res.status, res.headers.get('allow')]).toEqual([method, 405, 'POST']);
  }
  expect((await fetch(`${h.url}/healthz`, { method: 'HEAD' })).status).toBe(200);
  expect((await fetch(`${h.url}/s/${postId}`, { redirect: 'manual' })).status).toBe(302);
});

test('GET / serves the H5 build', async () => {
  const res = await fetch(`${h.url}/`);
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('先锋岗');
});

test("a plate's link redirects to the post's landing page; an unknown one gets a friendly 404 with 12348", async () => {
  const ok = await fetch(`${h.url}/s/${postId}`, { redirect: 'manual' });
  expect(ok.status).toBe(302);
  expect(ok.headers.get('location')).toBe(`/#/pages/post/index?id=${postId}&source=link`);
  for (const bad of ['p00000000000000', 'p1%3Cscript%3E', 'x'.repeat(40)]) {
    const res = await fetch(`${h.url}/s/${bad}`, { redirect: 'manual' });
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('没有找到这个先锋岗');
    expect(html).toContain('12348');
  }
});

test('one scan call returns the whole landing page under 8 KB and bumps the counters of the post and its regions', async () => {
  const c = new Client(h.url);
  const post = (await h.store.posts.byId(postId))!;
  const before = await h.store.stats.daily(postId, ['20261127']);
  const res = await land(c, { postId, scanId: randomUUID(), source: 'link' });
  expect(res.status).toBe(200);
  const data = res.json.data;
  expect(data.post.name).toBe(post.name);
  expect(data.village.name).not.toBe('');
  expect(data.county.code).toBe(post.countyCode);
  expect(data.volunteers.length).toBeGreaterThan(0);
  expect(data.nearby.judicialOffice.name).toMatch(/司法所$/);
  expect(typeof data.nearby.judicialOffice.lat).toBe('number'); // for 导航
  expect(data.nearby.legalAid).not.toBeNull();
  expect(data.cityContacts.map((x: { phone: string }) => x.phone)).toContain('12348');
  expect(data.scan.recorded).toBe(true);
  expect(Buffer.byteLength(JSON.stringify(res.json))).toBeLessThanOrEqual(8 * 1024);

  const after = await h.store.stats.daily(postId, ['20261127']);
  expect(after[0].count).toBe((before[0]?.count ?? 0) + 1);
  for (const subject of [post.villageCode, post.townshipCode, post.countyCode, '220800']) {
    expect((await h.store.stats.daily(subject, ['20261127']))[0].count).toBeGreaterThanOrEqual(1);
  }
});

test('the same browser scanning twice is one unique visitor; another browser is a second', async () => {
  const [a, b] = [new Client(h.url), new Client(h.url)];
  const id = (await h.store.posts.page(null, 2, 'active'))[1].id;
  expect((await land(a, { postId: id, scanId: randomUUID() })).json.data.scan.recorded).toBe(true);
  // Within 30 minutes a repeat is one visit: the page answers, the figures do not move.
  expect((await land(a, { postId: id, scanId: randomUUID() })).json.data.scan.recorded).toBe(false);
  h.clock.now += 31 * 60_000;
  expect((await land(a, { postId: id, scanId: randomUUID() })).json.data.scan.recorded).toBe(true);
  await land(b, { postId: id, scanId: randomUUID() });
  const [day] = await h.store.stats.daily(id, ['20261127']);
  expect(day.count).toBe(3);
  expect(day.unique).toBe(2);
});

test('a scan with a location keeps only the distance and whether it fell inside the 500 m circle', async () => {
  const c = new Client(h.url);
  const post = (await h.store.posts.byId(postId))!;
  const nearId = randomUUID();
  const near = await land(c, { postId, scanId: nearId, location: { lat: post.lat + 0.001, lng: post.lng } });
  expect(near.json.data.scan.inCircle).toBe(true);
  expect(near.json.data.scan.distanceM).toBeGreaterThan(100);
  const farId = randomUUID();
  const farPoint = { lat: post.lat + 0.05037, lng: post.lng + 0.0004 };
  // 5.6 km from the near fix: a later scan (the same visitor cannot be there a moment after), so no spoof.
  h.clock.now += 60 * 60_000;
  const far = await land(c, { postId, scanId: farId, location: farPoint });
  expect(far.json.data.scan.inCircle).toBe(false);
  const row = (id: string) =>
    h.store.db.prepare('SELECT * FROM scans WHERE scan_id = ?').get(id) as Record<string, unknown>;
  // No column holds the point itself; outside the circle only the centre of its ~200 m cell is kept.
  expect(Object.keys(row(nearId)).filter((k) => /lat|lng/.test(k))).toEqual(['cell_lat', 'cell_lng']);
  expect(row(nearId)).toMatchObject({ cell_lat: null, cell_lng: null });
  expect(row(farId)).toMatchObject(cellColumns(cellOf(farPoint)));
  expect(row(farId).cell_lat).not.toBe(farPoint.lat);
});

function cellColumns(p: { lat: number; lng: number }) {
  return { cell_lat: p.lat, cell_lng: p.lng };
}

test('a scan queued offline keeps its original time; a phone clock running ahead is taken as now', async () => {
  const c = new Client(h.url);
  const yesterday = h.clock.now - 24 * 3600 * 1000;
  const before = (await h.store.stats.daily(postId, ['20261126']))[0]?.count ?? 0;
  await land(c, { postId, scanId: randomUUID(), at: yesterday });
  expect((await h.store.stats.daily(postId, ['20261126']))[0].count).toBe(before + 1);
  const res = await land(c, { postId, scanId: randomUUID(), at: h.clock.now + 3600 * 1000 });
  expect(res.status).toBe(200);
});
