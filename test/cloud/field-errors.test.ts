/**
 * A refusal carries the input field it is about, on both runtimes alike: a schema issue's path (a top-level key or
 * a dotted one) and a handler's own `field`, so a form marks the field without reading the Chinese message.
 */
import type { StandinDatabase } from '../support/cloudbase-standin';
import { createReadyStandin, loadThroughAdapter } from '../support/cloudbase-ready';
import { Client, demoDataset, startHarness, type Harness } from '../support/local-harness';
import { countyNetwork } from '../support/county-network';
import { loadEntry } from '../support/wx-sdk-fake';

let standin: StandinDatabase;
let openid = '';
jest.mock('wx-server-sdk', () =>
  require('../support/wx-sdk-fake').fakeWxSdk({
    db: () => standin,
    openid: () => openid,
  }),
);

interface Reply {
  ok: boolean;
  error?: { code: string; message: string; field?: string };
}
type Call = (fn: string, body: Record<string, unknown>) => Promise<Reply>;

const COUNTY = '220802';
const data = demoDataset();
const village = data.regions.find((r) => r.level === 'village' && r.code.startsWith(COUNTY))!;
const post = { name: '测试先锋岗', address: '测试地址', villageCode: village.code, lat: village.lat, lng: village.lng };
const taken = new Set(data.regions.map((r) => r.code));
const missingVillage = [...Array(999).keys()]
  .map((n) => `${village.code.slice(0, 9)}${String(n + 1).padStart(3, '0')}`)
  .find((code) => !taken.has(code))!;

/** What each refusal must say: its code, the field it carries, and (for handler refusals) its message. */
const cases: [string, string, Record<string, unknown>, string, string][] = [
  [
    'a schema error on a top-level key',
    'admin',
    { action: 'createPost', ...post, lat: '45.6' },
    'INVALID_INPUT',
    'lat',
  ],
  [
    'a schema error inside a list',
    'admin',
    { action: 'createInvite', role: 'volunteer', regionCode: COUNTY, name: '王小明', postIds: ['坏 编号'] },
    'INVALID_INPUT',
    'postIds.0',
  ],
  [
    'a handler error: no such village',
    'admin',
    { action: 'createPost', ...post, villageCode: missingVillage },
    'VILLAGE_NOT_FOUND',
    'villageCode',
  ],
  ['a handler error: outside the city', 'admin', { action: 'createPost', ...post, lat: 10 }, 'OUTSIDE_CITY', 'lat'],
  [
    'a handler error: a unit is needed',
    'admin',
    { action: 'createInvite', role: 'mediator', regionCode: COUNTY, name: '王小明' },
    'INVALID_INPUT',
    'serviceId',
  ],
];

/** Runs every case over `call` as the city admin, and checks an error with no field carries none. */
function suite(call: () => Call) {
  test.each(cases)('%s', async (_name, fn, body, code, field) => {
    const reply = await call()(fn, body);
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatchObject({ code, field });
    expect(reply.error?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('an error about no field carries none', async () => {
    const reply = await call()('admin', {
      action: 'updatePost',
      postId: data.posts.find((p) => p.countyCode === COUNTY)?.id,
    });
    expect(reply.error?.code).toBe('INVALID_INPUT');
    expect(reply.error).not.toHaveProperty('field');
  });
}

describe('local runtime (HTTP)', () => {
  let h: Harness;
  let client: Client;
  beforeAll(async () => {
    h = await startHarness();
    client = new Client(h.url);
    expect(await client.login('demo-admin')).toBe(200);
  }, 60_000);
  afterAll(() => h.close());
  suite(() => async (fn, body) => (await client.call(fn, body)).json as Reply);
});

describe('cloud runtime (callFunction reply)', () => {
  let admin: (event: Record<string, unknown>) => Promise<Reply>;
  beforeAll(async () => {
    standin = await createReadyStandin();
    process.env.VISITOR_SALT = 'test-salt-of-at-least-thirty-two-characters';
    await loadThroughAdapter(standin, countyNetwork(COUNTY));
    admin = await loadEntry('admin');
    openid = 'demo-admin';
  }, 60_000); // loading a county into the stand-in is slow on a busy machine
  suite(() => async (_fn, body) => admin(body));
});
