/**
 * scan.locate over the local runtime: a location sent after the landing completes that scan — the post's day
 * counts one scan, now located and in the circle — and never a second scan; only the visitor who scanned can
 * send it; bad coordinates are refused with a Chinese message and change nothing.
 */
import { randomUUID } from 'node:crypto';
import { dayKey } from '~/types/day';
import type { Post } from '~/types/domain';
import { Client, startAtPost, type Harness } from '../support/local-harness';

let h: Harness;
let post: Post;
beforeAll(async () => ({ h, post } = await startAtPost()));
afterAll(() => h.close());

const today = () => dayKey(h.clock.now);
async function postDay() {
  return (await h.store.stats.daily(post.id, [today()]))[0] ?? { count: 0, inCircle: 0, withLocation: 0 };
}
// About 100 m north of the post: inside its 500 m circle.
const near = () => ({ lat: post.lat + 0.0009, lng: post.lng });

test('a location after the landing completes the same scan: one scan, located and in the circle', async () => {
  const c = new Client(h.url);
  const scanId = randomUUID();
  const before = await postDay();
  expect((await c.call('scan', { action: 'land', postId: post.id, scanId })).status).toBe(200);
  const res = await c.call('scan', { action: 'locate', postId: post.id, scanId, location: near() });
  expect(res.status).toBe(200);
  expect(res.json.data).toEqual({ located: true, distanceM: 100, inCircle: true });
  // The retry a weak network makes: the same answer, nothing counted again.
  expect(
    (await c.call('scan', { action: 'locate', postId: post.id, scanId, location: near() })).json.data.located,
  ).toBe(true);
  const after = await postDay();
  expect(after.count - before.count).toBe(1);
  expect(after.withLocation - before.withLocation).toBe(1);
  expect(after.inCircle - before.inCircle).toBe(1);
});

test("someone else's location for my scan is not kept", async () => {
  const me = new Client(h.url);
  const other = new Client(h.url);
  const scanId = randomUUID();
  await me.call('scan', { action: 'land', postId: post.id, scanId });
  const before = await postDay();
  const res = await other.call('scan', { action: 'locate', postId: post.id, scanId, location: near() });
  expect(res.status).toBe(200);
  expect(res.json.data.located).toBe(false);
  expect(await postDay()).toEqual(before);
});

test.each([
  ['a latitude out of range', { lat: 91, lng: 122.8 }, '纬度超出范围'],
  ['a text instead of a number', { lat: '45.6', lng: 122.8 }, '纬度必须是数字'],
])('%s is refused with a Chinese message and changes nothing', async (_w, location, message) => {
  const c = new Client(h.url);
  const scanId = randomUUID();
  await c.call('scan', { action: 'land', postId: post.id, scanId });
  const before = await postDay();
  const res = await c.call('scan', { action: 'locate', postId: post.id, scanId, location });
  expect(res.status).toBe(400);
  expect(res.json.error.code).toBe('INVALID_INPUT');
  expect(res.json.error.message).toContain(message);
  expect(await postDay()).toEqual(before);
});

test('a location arriving more than ten minutes after its scan is not kept: it says little of where the plate was', async () => {
  const c = new Client(h.url);
  const scanId = randomUUID();
  await c.call('scan', { action: 'land', postId: post.id, scanId });
  const before = await postDay();
  const start = h.clock.now;
  h.clock.now = start + 11 * 60_000;
  try {
    const res = await c.call('scan', { action: 'locate', postId: post.id, scanId, location: near() });
    expect(res.json.data.located).toBe(false);
  } finally {
    h.clock.now = start;
  }
  expect(await postDay()).toEqual(before);
});
