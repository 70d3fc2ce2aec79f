/**
 * admin.createPost with a request id (提交编号) makes one post however often the same request arrives: two calls at
 * once (a double tap) and a retry after the first reply was lost answer the first post, on SQLite over HTTP and on
 * the strict CloudBase stand-in; another request id makes another post. Underneath, store.meta.claim lets exactly
 * one of two racing callers store a key's value, on both adapters.
 */
import { randomUUID } from 'node:crypto';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import type { Store } from '~/cloudfunctions/store/port';
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import { demoDataset } from '../support/local-harness';
import { callerUser } from '~/cloudfunctions/functions/caller';
import { dispatch } from '~/cloudfunctions/functions/dispatch';
import { RateLimiter } from '~/cloudfunctions/functions/rate-limit';
import { ROUTES } from '~/cloudfunctions/functions/routes';
import { buildWorld, type CloudWorld } from '../support/cloud-world';
import { createReadyStandin } from '../support/cloudbase-ready';
import { scopeOf, withNetwork, villagesIn } from './admin-posts-fixture';

jest.setTimeout(120_000);

const COUNTY_ADMIN = 'demo-county-admin';
const village = () => villagesIn(scopeOf(COUNTY_ADMIN))[3];
const body = (requestId: string | undefined, name = '便民先锋岗') => ({
  action: 'createPost',
  ...(requestId ? { requestId } : {}),
  name,
  address: '村委会东侧',
  villageCode: village().code,
  lat: village().lat + 0.001,
  lng: village().lng,
});

async function claimsRace(store: Store) {
  const until = Date.now() + 3600_000;
  const [a, b] = await Promise.all([
    store.meta.claim('once.test', 'first', until),
    store.meta.claim('once.test', 'second', until),
  ]);
  expect([a.claimed, b.claimed].sort()).toEqual([false, true]);
  expect(a.value).toBe(b.value);
  const later = await store.meta.claim('once.test', 'third', until);
  expect(later).toEqual({ claimed: false, value: a.value });
  expect(await store.meta.get('once.test')).toBe(a.value);
}

test('meta.claim: of two racing callers one stores its value, and the key keeps it (SQLite)', async () => {
  const store = openSqliteStore(':memory:');
  try {
    await claimsRace(store);
  } finally {
    await store.close();
  }
});

test('meta.claim: of two racing callers one stores its value, and the key keeps it (CloudBase stand-in)', async () => {
  const standin = await createReadyStandin({ latencyMs: 20 });
  await claimsRace(createCloudbaseStore(standin, { settleMs: 0, now: () => standin.clock.now }));
});

describe('SQLite over HTTP', () => {
  const n = withNetwork();
  const count = async () => (await n.h.store.posts.inRegion(village().code, null, 1000)).length;

  test('a double tap and a retry of the same request make one post and answer it each time', async () => {
    const before = await count();
    const requestId = randomUUID();
    const [a, b] = await Promise.all([
      n.county.call('admin', body(requestId)),
      n.county.call('admin', body(requestId)),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.json.data.id).toBe(a.json.data.id);
    const retry = await n.county.call('admin', body(requestId));
    expect(retry.json.data).toMatchObject({ id: a.json.data.id, name: '便民先锋岗' });
    expect(await count()).toBe(before + 1);
    // On record once: the repeats answer the post without a second entry.
    const entries = await n.h.store.audit.forRequest(`post:${a.json.data.id}`, 10);
    expect(entries.map((e) => e.action)).toEqual(['posts.create']);

    const other = await n.county.call('admin', body(randomUUID(), '第二个先锋岗'));
    expect(other.status).toBe(200);
    expect(other.json.data.id).not.toBe(a.json.data.id);
    expect(await count()).toBe(before + 2);
  });

  test('a request id that is not a uuid is refused, naming the field, and writes nothing', async () => {
    const before = await count();
    const res = await n.county.call('admin', body('not-a-uuid'));
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: 'INVALID_INPUT', field: 'requestId', message: '提交编号格式不正确' });
    expect(await count()).toBe(before);
  });
});

describe('CloudBase stand-in', () => {
  let world: CloudWorld;
  beforeAll(async () => {
    world = await buildWorld(demoDataset(), 0, Date.UTC(2026, 10, 20, 2));
  });
  const count = async () => (await world.store.posts.inRegion(village().code, null, 1000)).length;
  const limiter = new RateLimiter();
  // As the cloud entry runs an action, but without the stand-in's one-invocation clock: two calls overlap, as two
  // containers of the function would serve a double tap.
  const create = async (requestId: string | undefined) => {
    const input = body(requestId);
    const user = await callerUser(world.store, ROUTES.admin, input, COUNTY_ADMIN);
    const ctx = {
      store: world.store,
      now: () => world.now,
      secrets: { visitorSalt: 'salt', dataKey: Buffer.alloc(32, 7), bootstrapSecret: null },
      contentChecker: { check: async () => 'pass' as const },
      pusher: { push: async () => undefined },
      identity: { openid: COUNTY_ADMIN, user },
    };
    return { result: (await dispatch('admin', ROUTES.admin, input, ctx, limiter, () => undefined)).result };
  };

  test('a double tap and a retry of the same request make one post and answer it each time', async () => {
    const before = await count();
    const requestId = randomUUID();
    const [a, b] = await Promise.all([create(requestId), create(requestId)]);
    expect(a.result).toMatchObject({ ok: true });
    expect(b.result).toEqual(a.result);
    const retry = await create(requestId);
    expect(retry.result).toEqual(a.result);
    expect(await count()).toBe(before + 1);
    const id = (a.result as { data: { id: string } }).data.id;
    expect((await world.store.audit.forRequest(`post:${id}`, 10)).map((e) => e.action)).toEqual(['posts.create']);
  });

  test('without a request id a double tap still makes two posts (the old contract, for older clients)', async () => {
    const before = await count();
    const [a, b] = await Promise.all([create(undefined), create(undefined)]);
    expect(a.result).toMatchObject({ ok: true });
    expect(b.result).toMatchObject({ ok: true });
    expect(await count()).toBe(before + 2);
  });
});
