/** Demo identities, sessions and the admin's scan counts over HTTP, with the region scope enforced. */
import { randomUUID } from 'node:crypto';
import { Client, startHarness, type Harness } from '../support/local-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

test('/dev/demo lists the five roles and sample plate links', async () => {
  const res = await fetch(`${h.url}/dev/demo`);
  const body = await res.json();
  expect(res.status).toBe(200);
  const roles = new Set(body.identities.map((i: { role: string }) => i.role));
  expect([...roles].sort()).toEqual(['admin', 'mediator', 'resident', 'staff', 'volunteer']);
  expect(body.samplePosts[0].scanUrl).toMatch(/\/s\/p\d+$/);
});

test('a login with an unknown identity is refused and sets no cookie', async () => {
  const res = await fetch(`${h.url}/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid: 'someone-else' }),
  });
  expect(res.status).toBe(400);
  expect(res.headers.get('set-cookie')).toBeNull();
});

test("the admin sees today's scan of a post and of the city, zero-filled over 7 days", async () => {
  const resident = new Client(h.url);
  const [p] = await h.store.posts.page(null, 1, 'active');
  await resident.call('scan', { action: 'land', postId: p.id, scanId: randomUUID() });
  const admin = new Client(h.url);
  expect(await admin.login('demo-admin')).toBe(200);
  const me = await admin.call('resident', { action: 'me' });
  expect(me.json.data).toMatchObject({ role: 'admin', regionName: '白城市' });

  const post = await admin.call('admin', { action: 'stats', postId: p.id });
  expect(post.status).toBe(200);
  expect(post.json.data.subject).toEqual({ kind: 'post', id: p.id, name: p.name });
  expect(post.json.data.today).toEqual({ day: '20261127', count: 1, unique: 1 });
  expect(post.json.data.days).toHaveLength(7);
  expect(post.json.data.days[0]).toEqual({ day: '20261121', count: 0, unique: 0 });

  const city = await admin.call('admin', { action: 'stats' });
  expect(city.json.data.subject).toMatchObject({ kind: 'region', id: '220800', name: '白城市' });
  expect(city.json.data.today.count).toBe(1);
});

test('a resident asking for statistics → 401; a volunteer → 403; nothing else is revealed', async () => {
  const resident = new Client(h.url);
  expect((await resident.call('admin', { action: 'stats' })).json.error.code).toBe('UNAUTHENTICATED');
  const volunteer = new Client(h.url);
  await volunteer.login('demo-volunteer');
  const res = await volunteer.call('admin', { action: 'stats' });
  expect(res.status).toBe(403);
  expect(res.json.error.code).toBe('FORBIDDEN');
});

test("a county admin is kept to their county: another county's post or region → 403 OUT_OF_SCOPE", async () => {
  const admin = new Client(h.url);
  await admin.login('demo-county-admin');
  const own = await admin.call('admin', { action: 'stats' });
  expect(own.json.data.subject.id).toBe('220802');
  const other = h.store.db.prepare("SELECT id FROM posts WHERE county_code = '220882' LIMIT 1").get() as { id: string };
  expect((await admin.call('admin', { action: 'stats', postId: other.id })).json.error.code).toBe('OUT_OF_SCOPE');
  expect((await admin.call('admin', { action: 'stats', regionCode: '220882' })).status).toBe(403);
  expect((await admin.call('admin', { action: 'stats', regionCode: '220800' })).status).toBe(403);
});

test('a period outside 1–90 days → 400 INVALID_INPUT', async () => {
  const admin = new Client(h.url);
  await admin.login('demo-admin');
  for (const days of [0, 91, 2.5, '7']) {
    expect((await admin.call('admin', { action: 'stats', days })).json.error.code).toBe('INVALID_INPUT');
  }
});

test('with demo mode off, /dev/* answers 404', async () => {
  const off = await import('../support/local-harness').then((m) => m.startHarness(false));
  try {
    expect((await fetch(`${off.url}/dev/demo`)).status).toBe(404);
    expect(
      (
        await fetch(`${off.url}/dev/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"openid":"demo-admin"}',
        })
      ).status,
    ).toBe(404);
  } finally {
    await off.close();
  }
});

test('a forged session cookie is ignored: the caller is a fresh resident', async () => {
  const res = await fetch(`${h.url}/api/admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: 'pp_sid=ZGVtby1hZG1pbg.forged' },
    body: JSON.stringify({ action: 'stats' }),
  });
  expect(res.status).toBe(401);
});
