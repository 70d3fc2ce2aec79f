/**
 * Sessions of the local runtime over real HTTP: production mode offers no demo identities and refuses every
 * session minted in demo mode; sessions expire (a bound one 30 days after its last use, renewed while in use);
 * logout ends every copy of a session; an admin whose binding is removed and a worker who unbinds lose theirs.
 */
import { openSqliteStore, type SqliteStore } from '~/cloudfunctions/store/sqlite';
import { newKeys } from '~/cloudfunctions/local/secrets';
import { Sessions } from '~/cloudfunctions/local/session';
import { demoDataset, startHarness, type Harness } from '../support/local-harness';

const DAY = 24 * 3600 * 1000;
const json = { 'content-type': 'application/json' };

/** A browser tab whose cookie the test can read and copy. */
class Tab {
  cookie = '';
  constructor(private readonly base: string) {}

  async post(
    path: string,
    body: unknown,
  ): Promise<{ status: number; json: { ok: boolean; error?: { code: string } } }> {
    const res = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { ...json, cookie: this.cookie },
      body: JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0];
    return { status: res.status, json: await res.json() };
  }

  login = (openid: string) => this.post('/dev/login', { openid });
  /** An admin-only read: 200 for an admin, refused for anyone else. */
  stats = async () => (await this.post('/api/admin', { action: 'regions' })).status;

  copy(base = this.base): Tab {
    const t = new Tab(base);
    t.cookie = this.cookie;
    return t;
  }
}

describe('demo and production are apart', () => {
  let store: SqliteStore;
  let demo: Harness;
  let prod: Harness;
  const keys = newKeys();
  beforeAll(async () => {
    store = openSqliteStore(':memory:');
    await store.load(demoDataset());
    demo = await startHarness(true, { store, keys });
    prod = await startHarness(false, { store, keys });
  });
  afterAll(async () => {
    await demo.close();
    await prod.close();
    await store.close();
  });

  test('production offers no demo identities', async () => {
    expect((await fetch(`${prod.url}/dev/demo`)).status).toBe(404);
    expect((await new Tab(prod.url).login('demo-admin')).status).toBe(404);
  });

  test('an admin session minted in demo mode has no power in production, with the same keys and data', async () => {
    const tab = new Tab(demo.url);
    expect((await tab.login('demo-admin')).status).toBe(200);
    expect(await tab.stats()).toBe(200);
    const carried = tab.copy(prod.url);
    expect(await carried.stats()).toBe(401);
    // The production server gave it a fresh identity instead.
    expect(carried.cookie).not.toBe(tab.cookie);
  });

  test('even a production-signed session naming a demo identity is refused in production', async () => {
    const minted = await new Sessions(keys.sessionSecret, 'prod', store, Date.now).cookie('demo-admin', false);
    const tab = new Tab(prod.url);
    tab.cookie = minted.split(';')[0];
    expect(await tab.stats()).toBe(401);
  });

  test('a resident session of demo mode does not carry over either', async () => {
    const tab = new Tab(demo.url);
    await tab.post('/api/scan', { action: 'land', postId: 'p22080200100101', scanId: crypto.randomUUID() });
    const minted = tab.cookie;
    const carried = tab.copy(prod.url);
    await carried.post('/api/scan', { action: 'land', postId: 'p22080200100101', scanId: crypto.randomUUID() });
    expect(carried.cookie).not.toBe(minted);
  });
});

describe('expiry, logout and revocation', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  test('an admin session lasts 30 days past its last use and is renewed while used', async () => {
    const tab = new Tab(h.url);
    await tab.login('demo-admin');
    const first = tab.cookie;
    h.clock.now += 2 * DAY;
    expect(await tab.stats()).toBe(200);
    expect(tab.cookie).not.toBe(first);
    h.clock.now += 29 * DAY;
    expect(await tab.stats()).toBe(200);
    h.clock.now += 31 * DAY;
    expect(await tab.stats()).toBe(401);
  });

  test('an unused copy of an admin session expires after 30 days', async () => {
    const tab = new Tab(h.url);
    await tab.login('demo-admin');
    const stale = tab.copy();
    h.clock.now += 30 * DAY + 1000;
    expect(await stale.stats()).toBe(401);
  });

  test("a copy of a cookie from before its identity became an admin lasts 30 days, not a resident's year", async () => {
    const tab = new Tab(h.url);
    expect((await tab.post('/api/resident', { action: 'myRequests' })).status).toBe(200);
    const openid = JSON.parse(Buffer.from(tab.cookie.split('=')[1].split('.')[0], 'base64url').toString()).o;
    const before = tab.copy();
    // Bound as a city admin (as the bootstrap or an invite does), then used: the tab's cookie is re-issued as bound.
    const admin = (await h.store.users.byOpenid('demo-admin'))!;
    await h.store.users.put({ ...admin, openid, label: '新管理员' });
    expect(await tab.stats()).toBe(200);
    h.clock.now += 20 * DAY;
    expect(await tab.stats()).toBe(200);
    // The copy, unused since, 30 days after its minting (a resident's cookie, good for a year until now).
    h.clock.now += 10 * DAY + 1000;
    expect(await before.stats()).toBe(401);
    expect(await tab.stats()).toBe(200);
  });

  test('logout ends every copy of the session and clears the cookie', async () => {
    const tab = new Tab(h.url);
    await tab.login('demo-admin');
    const other = tab.copy();
    const res = await fetch(`${h.url}/auth/logout`, {
      method: 'POST',
      headers: { ...json, cookie: tab.cookie },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^pp_sid=; .*Max-Age=0/);
    expect(await other.stats()).toBe(401);
    // Logging in again works: the new session carries the new version.
    expect((await tab.login('demo-admin')).status).toBe(200);
    expect(await tab.stats()).toBe(200);
  });

  test('an admin whose binding is removed loses the session at once', async () => {
    const tab = new Tab(h.url);
    await tab.login('demo-admin');
    expect(await tab.stats()).toBe(200);
    expect(await h.store.users.unbind('demo-admin')).toBe(true);
    const before = tab.cookie;
    expect(await tab.stats()).toBe(401);
    expect(tab.cookie).not.toBe(before);
  });

  test('an admin moved to another role or region loses the session', async () => {
    const tab = new Tab(h.url);
    await tab.login('demo-admin');
    const admin = (await h.store.users.byOpenid('demo-admin'))!;
    await h.store.users.put({ ...admin, regionCode: '220802' });
    expect(await tab.stats()).toBe(401);
  });

  test('a worker who unbinds: every copy of their session stops acting as them', async () => {
    const tab = new Tab(h.url);
    await tab.login('demo-volunteer');
    const copy = tab.copy();
    expect((await tab.post('/api/work', { action: 'unbind', confirm: true })).status).toBe(200);
    const inbox = await copy.post('/api/work', { action: 'inbox' });
    expect(inbox.status).toBeGreaterThanOrEqual(400);
    expect(copy.cookie).not.toMatch(/^pp_sid=$/);
  });
});
