/**
 * Abuse limits over the real HTTP server: per identity and per client address (a client that drops or rotates its
 * cookie is still held), concurrent bursts, upload caps and the orphan sweep, and the scan figures' guards (one
 * visit per window, the reporting floor, a location as a claim).
 */
import { randomUUID } from 'node:crypto';
import { Client, startHarness, type Harness } from '../support/local-harness';
import { reportingFloor } from '~/cloudfunctions/domain/scan/guard';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

// Rate checks come before validation: an empty question costs a try like a real one and writes nothing.
const ask = { action: 'ask' };
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);

async function upload(body: Buffer, cookie = '') {
  const res = await fetch(`${h.url}/upload`, {
    method: 'POST',
    headers: { 'content-type': 'image/jpeg', cookie },
    body,
  });
  return { status: res.status, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], json: await res.json() };
}
const statuses = (rs: { status: number }[]) => rs.map((r) => r.status).filter((s) => s === 429).length;

test('questions: 5 a minute per identity, 20 per address, also for cookie-less clients in a burst', async () => {
  const one = new Client(h.url);
  const mine = [];
  for (let i = 0; i < 6; i++) mine.push(await one.call('resident', ask));
  expect(mine.slice(0, 5).map((r) => r.status)).toEqual([400, 400, 400, 400, 400]);
  expect(mine[5].status).toBe(429);
  expect(mine[5].json.error).toEqual({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' });
  // 30 cookie-less callers at once: a new identity each, the same address; 15 tries are left of its 20.
  const burst = await Promise.all(Array.from({ length: 30 }, () => new Client(h.url).call('resident', ask)));
  expect(statuses(burst)).toBe(15);
  // A minute later the address may try again.
  h.clock.now += 60_000;
  expect((await new Client(h.url).call('resident', ask)).status).toBe(400);
});

test('requests: 60 an hour per address, however many cookies it drops; a retry is still answered', async () => {
  const post = (await h.store.posts.page(null, 1, 'active'))[0];
  const question = () => ({
    action: 'ask',
    postId: post.id,
    clientId: randomUUID(),
    category: 'wages',
    text: '老板拖欠三个月工资不给，该怎么办？',
  });
  // A new cookie-less client each call, 15 a minute (under the 20 a minute per address) for 5 minutes.
  const replies = [];
  for (let minute = 0; minute < 5; minute++) {
    for (let i = 0; i < 15; i++) replies.push(await new Client(h.url).call('resident', question()));
    h.clock.now += 60_000;
  }
  expect(replies.filter((r) => r.status === 200)).toHaveLength(60);
  const refused = replies.filter((r) => r.status === 429);
  expect(refused).toHaveLength(15);
  expect(refused[0].json.error).toEqual({
    code: 'RATE_LIMITED',
    message: '这个网络一小时内提交的求助太多了，请稍后再试；急事请拨打12348公共法律服务热线',
  });
  const ids = replies.filter((r) => r.status === 200).map((r) => r.json.data.id as string);
  expect((await h.store.requests.byIds(ids)).length).toBe(60);
  // A resident whose request went through and who sends it again (the reply was lost) gets the same answer.
  const one = new Client(h.url);
  h.clock.now += 3600_000;
  const body = question();
  const first = await one.call('resident', body);
  expect(first.status).toBe(200);
  for (let i = 1; i < 60; i++) {
    if (i % 15 === 0) h.clock.now += 60_000;
    expect((await new Client(h.url).call('resident', question())).status).toBe(200);
  }
  h.clock.now += 60_000;
  expect((await new Client(h.url).call('resident', question())).status).toBe(429);
  const again = await one.call('resident', body);
  expect([again.status, again.json.data.id, again.json.data.created]).toEqual([200, first.json.data.id, false]);
});

test('paths outside /api: logout, the demo tools and guesses of file ids are held per address', async () => {
  const post = (url: string, body: unknown, cookie = '') =>
    fetch(`${h.url}${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
  const tries = async (n: number, one: () => Promise<Response>) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push((await one()).status);
    return out;
  };
  // A fresh identity and its logout each time: 30 a minute from one address, then 429 (each wrote a row).
  const versions = () =>
    (h.store.db.prepare("SELECT COUNT(*) n FROM meta WHERE key LIKE 'session_version:%'").get() as { n: number }).n;
  const rows = versions();
  const logouts = await tries(31, async () => {
    const fresh = new Client(h.url);
    await fresh.call('resident', { action: 'me' });
    return post('/auth/logout', {}, fresh.cookieHeader());
  });
  expect(logouts.filter((s) => s === 200)).toHaveLength(30);
  expect(versions()).toBe(rows + 30);
  expect(logouts[30]).toBe(429);
  expect((await tries(21, () => post('/dev/login', { openid: 'demo-admin' }))).slice(19)).toEqual([200, 429]);
  expect((await tries(7, () => post('/dev/cron', {}))).slice(5)).toEqual([200, 429]);
  // Guessing the id of an admin's file or a photo: a 404 each, then 429.
  const guess = (path: string) => () => fetch(`${h.url}${path}${randomUUID()}`);
  expect((await tries(31, guess('/admin-files/'))).slice(29)).toEqual([404, 429]);
  const photos = await tries(121, guess('/files/'));
  expect([photos[0], photos[120]]).toEqual([404, 429]);
  const refused = await fetch(`${h.url}/files/x`);
  expect(await refused.json()).toEqual({
    ok: false,
    error: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' },
  });
  // A minute later the address is served again.
  h.clock.now += 60_000;
  expect((await post('/dev/cron', {})).status).toBe(200);
});

test('uploads: 12 a minute per identity, 24 per address, cookie rotation included', async () => {
  const first = await upload(JPEG);
  const cookie = first.cookie;
  const same = [first];
  for (let i = 0; i < 12; i++) same.push(await upload(JPEG, cookie));
  expect(same.filter((r) => r.status === 200)).toHaveLength(12);
  expect(same[12].status).toBe(429);
  const rotating = await Promise.all(Array.from({ length: 20 }, () => upload(JPEG)));
  expect(rotating.filter((r) => r.status === 200)).toHaveLength(12);
  expect(statuses(rotating)).toBe(8);
  const stored = h.store.db.prepare('SELECT COUNT(*) n FROM photos').get() as { n: number };
  expect(stored.n).toBe(24);
});

test('uploads: 32 MB an hour per address, however many cookies it rotates through', async () => {
  const photo = Buffer.concat([JPEG, Buffer.alloc(2 * 1024 * 1024 - JPEG.length, 3)]);
  const sent = [];
  for (let i = 0; i < 17; i++) sent.push(await upload(photo));
  expect(sent.slice(0, 16).map((r) => r.status)).toEqual(Array(16).fill(200));
  expect(sent[16].status).toBe(429);
  expect(sent[16].json.error.message).toBe('这个网络一小时内上传的照片太多了，请一小时后再试或联系工作人员');
  // Minutes later the address is still held (the per-minute count alone would have let it go on).
  h.clock.now += 10 * 60_000;
  expect((await upload(JPEG)).status).toBe(429);
  h.clock.now += 50 * 60_000;
  expect((await upload(JPEG)).status).toBe(200);
});

test('import files: admins only (401 without a session), 10 a minute, as text/csv only', async () => {
  const csv = Buffer.from('岗位编号,岗位名称\n', 'utf8');
  const anonymous = await fetch(`${h.url}/admin-files`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: csv,
  });
  expect(anonymous.status).toBe(401);
  const admin = new Client(h.url);
  expect(await admin.login('demo-admin')).toBe(200);
  const sent = [];
  for (let i = 0; i < 11; i++) sent.push(await admin.postBytes('/admin-files', csv));
  expect(sent.map((r) => r.status)).toEqual([...Array(10).fill(200), 429]);
  expect(sent[10].json.error.code).toBe('RATE_LIMITED');
  // In a type a cross-site form could send without a preflight (or none), the file is refused before it is read.
  h.clock.now += 60_000;
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
    const refused = await admin.postBytes('/admin-files', csv, type);
    expect([type, refused.status, refused.json.error.code]).toEqual([type, 415, 'UNSUPPORTED_MEDIA_TYPE']);
  }
  expect((await admin.postBytes('/admin-files', csv, 'text/csv; charset=utf-8')).status).toBe(200);
});

test('uploads stop at the total store size; photos never attached are swept after 24 h', async () => {
  process.env.MAX_PHOTO_STORE_MB = '1';
  try {
    const big = Buffer.concat([JPEG, Buffer.alloc(600 * 1024, 1)]);
    expect((await upload(big)).status).toBe(200);
    expect((await upload(big)).status).toBe(200);
    const full = await upload(big);
    expect(full.status).toBe(429);
    expect(full.json.error.message).toBe('照片存储已满，请稍后再试或联系工作人员');
  } finally {
    delete process.env.MAX_PHOTO_STORE_MB;
  }
  const sweep = (hoursLater: number) =>
    fetch(`${h.url}/dev/cron`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hoursLater }),
    }).then((r) => r.json());
  expect((await sweep(23)).data.orphanPhotos).toBe(0);
  expect((await sweep(25)).data.orphanPhotos).toBe(2);
  expect((h.store.db.prepare('SELECT COUNT(*) n FROM photos').get() as { n: number }).n).toBe(0);
});

describe('scans', () => {
  const land = (c: Client, postId: string, extra: Record<string, unknown> = {}) =>
    c.call('scan', { action: 'land', postId, scanId: randomUUID(), ...extra });
  const countOf = async (postId: string) => (await h.store.stats.daily(postId, ['20261127']))[0]?.count ?? 0;
  const firstPost = async () => (await h.store.posts.page(null, 1, 'active'))[0];

  test('60 scans a minute by one visitor count once; cookie-less scans count at most 10 per address', async () => {
    const post = await firstPost();
    const before = await countOf(post.id);
    const c = new Client(h.url);
    expect((await land(c, post.id)).json.data.scan.recorded).toBe(true);
    // One visitor (the cookie kept), 59 more in the same minute: answered, none counted.
    const repeats = await Promise.all(Array.from({ length: 59 }, () => land(c, post.id)));
    expect(repeats.filter((r) => r.status === 200)).toHaveLength(59);
    expect(repeats.filter((r) => r.json.data.scan.recorded)).toHaveLength(0);
    // 60 cookie-less scans at once (a new visitor each) from the same address: 9 more fill its 10 a window.
    h.clock.now += 60_000;
    const fresh = await Promise.all(Array.from({ length: 60 }, () => land(new Client(h.url), post.id)));
    expect(fresh.filter((r) => r.status === 200)).toHaveLength(60);
    const counted = 1 + fresh.filter((r) => r.json.data.scan.recorded).length;
    expect(counted).toBe(10);
    expect(await countOf(post.id)).toBe(before + counted);
  });

  test('the times a client gives its scans do not open new windows: one visitor counts 3, an address 10', async () => {
    const post = await firstPost();
    // These scans carry times over several days: the raw scans stored are counted, not one day's figure.
    const stored = () => h.store.scans.count();
    const before = await stored();
    const c = new Client(h.url);
    // 60 scans in one minute, each claiming a time 31 minutes before the last (a fresh window by the times).
    const dated = [];
    for (let k = 0; k < 60; k++) dated.push(await land(c, post.id, { at: h.clock.now - k * 31 * 60_000 }));
    expect(dated.filter((r) => r.status === 200)).toHaveLength(60);
    // A queue sent at once after a day offline: up to 3 counted, the rest answered and not counted.
    expect(dated.filter((r) => r.json.data.scan.recorded)).toHaveLength(3);
    // No cookie, one address, each scan a new visitor with its own time: 10 counted in all from the address.
    h.clock.now += 60_000;
    const fresh = [];
    for (let k = 0; k < 200; k++) fresh.push(await land(new Client(h.url), post.id, { at: h.clock.now - k * 60_000 }));
    expect(fresh.filter((r) => r.json.data.scan.recorded)).toHaveLength(10 - 3);
    expect(await stored()).toBe(before + 10);
    // Half an hour later the address and the visitor count again.
    h.clock.now += 30 * 60_000;
    expect((await land(c, post.id, { at: h.clock.now - 5 * 3600_000 })).json.data.scan.recorded).toBe(true);
  });

  test('a scan dated before the open reporting month is refused; one inside it counts on its own day', async () => {
    const post = await firstPost();
    const floor = reportingFloor(h.clock.now);
    // 27 Nov 2026: November is open, October's form closed on 5 November.
    expect(new Date(floor).toISOString()).toBe('2026-10-31T16:00:00.000Z');
    const old = await land(new Client(h.url), post.id, { at: floor - 1 });
    expect(old.status).toBe(400);
    expect(old.json.error.message).toBe('扫码时间早于已结束的统计期，记录未保存');
    const late = await land(new Client(h.url), post.id, { at: floor + 3600_000 });
    expect(late.json.data.scan.recorded).toBe(true);
    expect((await h.store.stats.daily(post.id, ['20261101']))[0].count).toBe(1);
  });

  test('a location outside the city or a jump no one could travel is not taken as in-circle', async () => {
    const post = await firstPost();
    const c = new Client(h.url);
    const beijing = await land(c, post.id, { location: { lat: 39.9, lng: 116.4 } });
    expect(beijing.json.data.scan).toMatchObject({ recorded: true, inCircle: null, distanceM: null });
    const d = new Client(h.url);
    const far = { lat: post.lat + 0.2, lng: post.lng };
    expect((await land(d, post.id, { location: far })).json.data.scan.inCircle).toBe(false);
    h.clock.now += 31 * 60_000;
    // 22 km in 31 minutes: 43 km/h is a car; then 22 km back in one minute is not.
    const there = await land(d, post.id, { location: { lat: post.lat, lng: post.lng } });
    expect(there.json.data.scan.inCircle).toBe(true);
    h.clock.now += 31 * 60_000;
    const d2 = await land(d, post.id, { location: far });
    expect(d2.json.data.scan.inCircle).toBe(false);
    h.clock.now += 31 * 60_000;
    const spoof = await land(d, post.id, {
      location: { lat: post.lat, lng: post.lng },
      at: h.clock.now - 31 * 60_000 + 30_000,
    });
    expect(spoof.json.data.scan.inCircle).toBe(null);
    const inCircle = h.store.db.prepare('SELECT COUNT(*) n FROM scans WHERE in_circle = 1').get() as { n: number };
    expect(inCircle.n).toBe(1);
  });
});
