/**
 * A device that keeps no cookie is a new anonymous identity at every call: one form (one clientId) sent 20 times at
 * once from it is still one request, and every call is answered with it (memory/same-device.ts).
 */
import { randomUUID } from 'node:crypto';
import { NO_PUSH, type HandlerContext } from '~/cloudfunctions/domain/context';
import { submit } from '~/cloudfunctions/domain/requests/submit';
import { Client, startHarness, type Harness } from '../support/local-harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

test('one form sent 20 times at once by a device that keeps no cookie is one request, answered each time', async () => {
  const post = (await h.store.posts.page(null, 1, 'active'))[0];
  const body = {
    action: 'ask',
    postId: post.id,
    clientId: randomUUID(),
    category: 'wages',
    text: '老板拖欠三个月工资不给，该怎么办？',
  };
  // A new anonymous identity each call, the same address and the same form (its clientId).
  const replies = await Promise.all(Array.from({ length: 20 }, () => new Client(h.url).call('resident', body)));
  expect(replies.map((r) => r.status)).toEqual(Array(20).fill(200));
  const ids = new Set(replies.map((r) => r.json.data.id as string));
  expect(ids.size).toBe(1);
  expect(replies.filter((r) => r.json.data.created === true)).toHaveLength(1);
  const stored = h.store.db.prepare('SELECT count(*) FROM requests WHERE client_id = ?').pluck().get(body.clientId);
  expect(stored).toBe(1);
  // Another form from the same device is another request (a minute on: the burst used the address's minute).
  h.clock.now += 60_000;
  const next = await new Client(h.url).call('resident', { ...body, clientId: randomUUID() });
  expect([next.status, ids.has(next.json.data.id)]).toEqual([200, false]);
});

test('calls waiting on a first call that fails: one of them stores the request, the others get its reply', async () => {
  const stored: { owner: string; clientId: string; id: string }[] = [];
  let failNext = true;
  const store = {
    posts: { byId: async () => ({ id: 'p1', status: 'active', villageCode: 'v', townshipCode: 't', countyCode: 'c' }) },
    requests: {
      countSince: async () => 0,
      byOwner: async () => [],
      create: async (row: { owner: string; clientId: string; id: string }) => {
        await new Promise((r) => setTimeout(r, 20));
        // The first call's write fails (the store was busy); the waiters must not each store one.
        if (failNext) {
          failNext = false;
          throw new Error('transient');
        }
        stored.push(row);
        return { created: true, id: row.id };
      },
    },
    meta: { get: async () => null },
    users: { byVolunteerIds: async () => [], byService: async () => [] },
    outbox: { add: async () => undefined },
  };
  let n = 0;
  const ctx = () =>
    ({
      identity: { openid: `anon${n++}`, user: null },
      now: () => 1_000_000,
      clientAddress: '203.0.113.7',
      store,
      secrets: { dataKey: Buffer.alloc(32), visitorSalt: 's' },
      contentChecker: { check: async () => 'pass' },
      pusher: NO_PUSH,
    }) as unknown as HandlerContext;
  const spec = {
    kind: 'question' as const,
    postId: 'p1',
    clientId: randomUUID(),
    texts: ['老板拖欠工资'],
    title: '法律咨询',
    dueInMs: 1,
    route: async () => ({ assignee: 'service:x', name: '司法所' }),
    payload: () => ({}),
  };
  const first = submit(ctx(), spec);
  await new Promise((r) => setTimeout(r, 5));
  const all = await Promise.allSettled([first, submit(ctx(), spec), submit(ctx(), spec)]);
  expect(all[0].status).toBe('rejected');
  expect(stored).toHaveLength(1);
  const replies = all.slice(1).map((a) => (a.status === 'fulfilled' ? a.value.id : null));
  expect(replies).toEqual([stored[0].id, stored[0].id]);
});
