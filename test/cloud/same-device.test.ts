/**
 * A device that keeps no cookie is a new anonymous identity at every call: one form (one clientId) sent 20 times at
 * once from it is still one request, and every call is answered with it (memory/same-device.ts).
 */
import { randomUUID } from 'node:crypto';
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
