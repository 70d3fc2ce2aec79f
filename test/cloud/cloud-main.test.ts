/**
 * The deployable cloud entry: identity comes from cloud.getWXContext() (never from the event), the store is the
 * CloudBase adapter, and every reply is the same envelope as on the local runtime. wx-server-sdk is stood in:
 * its real database needs a cloud environment (TOOLCHAIN.md), the stand-in mimics the surface the adapter uses.
 */
import { randomUUID } from 'node:crypto';
import type { StandinDatabase } from '../support/cloudbase-standin';
import { createReadyStandin, loadThroughAdapter } from '../support/cloudbase-ready';
import { demoDataset } from '../support/local-harness';
import { countyNetwork } from '../support/county-network';
import { loadEntry, type EntryMain } from '../support/wx-sdk-fake';

let standin: StandinDatabase;
let openid = '';
jest.mock('wx-server-sdk', () =>
  require('../support/wx-sdk-fake').fakeWxSdk({
    db: () => standin,
    openid: () => openid,
  }),
);

let scan: EntryMain;
let admin: EntryMain;
let postId: string;

beforeAll(async () => {
  standin = await createReadyStandin();
  process.env.VISITOR_SALT = 'test-salt-of-at-least-thirty-two-characters';
  const data = demoDataset();
  // The full network would take the stand-in a while; one county is plenty for the entry's behaviour.
  await loadThroughAdapter(standin, countyNetwork('220802'));
  postId = data.posts[0].id;
  scan = await loadEntry('scan');
  admin = await loadEntry('admin');
});

test('a scan through the cloud entry lands and is counted for the city', async () => {
  openid = 'o-resident-1';
  const res = await scan({ action: 'land', postId, scanId: randomUUID(), userInfo: { openId: 'x', appId: 'y' } });
  expect(res.ok).toBe(true);
  expect(res.data.post.id).toBe(postId);
  expect(res.data.volunteers.length).toBeGreaterThan(0);
  const stored = standin.dump('scans');
  expect(stored).toHaveLength(1);
  expect(JSON.stringify(stored)).not.toContain('o-resident-1');
});

test('the identity in the event is ignored: claiming to be the admin does not make one', async () => {
  openid = 'o-resident-1';
  const res = await admin({ action: 'stats', openid: 'demo-admin', userInfo: { openId: 'demo-admin' } });
  expect(res.ok).toBe(false);
  expect(res.error!.code).toBe('UNAUTHENTICATED');
});

test("the admin identified by WeChat sees today's scan", async () => {
  openid = 'demo-admin';
  const res = await admin({ action: 'stats', postId });
  expect(res.ok).toBe(true);
  expect(res.data.days.reduce((n: number, d: { count: number }) => n + d.count, 0)).toBe(1);
});

test('without VISITOR_SALT the function refuses to record rather than store unsalted hashes', async () => {
  delete process.env.VISITOR_SALT;
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  openid = 'o-resident-2';
  const res = await scan({ action: 'land', postId, scanId: randomUUID() });
  expect(res.error!.code).toBe('INTERNAL');
  expect(standin.dump('scans')).toHaveLength(1);
  spy.mockRestore();
  process.env.VISITOR_SALT = 'test-salt-of-at-least-thirty-two-characters';
});
