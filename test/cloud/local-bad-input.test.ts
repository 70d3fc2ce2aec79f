/** Bad input at the local runtime: each gets its status and stable code, the server stays up, nothing is written. */
import { randomUUID } from 'node:crypto';
import { Client, startHarness, type Harness } from '../support/local-harness';

let h: Harness;
let postId: string;
let retiredId: string;
beforeAll(async () => {
  h = await startHarness();
  postId = (await h.store.posts.page(null, 1, 'active'))[0].id;
  retiredId = (await h.store.posts.page(null, 1, 'retired'))[0].id;
});
afterAll(() => h.close());

/** Everything a scan writes, summed: a rejected request must leave it exactly as it was. */
function snapshot(): string {
  const q = (sql: string) => JSON.stringify(h.store.db.prepare(sql).get());
  return [
    q('SELECT COUNT(*) n FROM scans'),
    q('SELECT COUNT(*) n FROM visitor_days'),
    q('SELECT COUNT(*) n FROM visitor_log'),
    q('SELECT COUNT(*) n, TOTAL(count) c, TOTAL(unique_visitors) u FROM daily_stats'),
  ].join('|');
}

const valid = () => ({ action: 'land', postId, scanId: randomUUID() });

// The input field each refusal is about, carried beside the message so a form marks it; none for the others.
const FIELDS: Record<string, string> = {
  'a wrong type': 'postId',
  'an over-long post id': 'postId',
  'forbidden characters in a post id': 'postId',
  'a scan id that is not a uuid': 'scanId',
  'an unknown field': 'visitor',
  'a latitude out of range': 'location.lat',
  'a wrong source': 'source',
};

// Bodies built on valid() are thunks: the post id is only known once the harness has started.
const cases: [string, string, unknown, number, string][] = [
  ['malformed JSON', 'scan', '{"action": "land", ', 400, 'MALFORMED_BODY'],
  ['a JSON array', 'scan', '[1,2]', 400, 'MALFORMED_BODY'],
  ['no action', 'scan', { postId: 'p1' }, 400, 'MALFORMED_BODY'],
  ['an unknown function', 'nosuch', { action: 'land' }, 404, 'UNKNOWN_FUNCTION'],
  ['an unknown action', 'scan', { action: 'explode' }, 404, 'UNKNOWN_ACTION'],
  ['an inherited property as action', 'scan', { action: 'constructor' }, 404, 'UNKNOWN_ACTION'],
  ['a wrong type', 'scan', () => ({ ...valid(), postId: 12345 }), 400, 'INVALID_INPUT'],
  ['an over-long post id', 'scan', () => ({ ...valid(), postId: 'p'.repeat(33) }), 400, 'INVALID_INPUT'],
  ['forbidden characters in a post id', 'scan', () => ({ ...valid(), postId: 'p1<script>' }), 400, 'INVALID_INPUT'],
  ['a scan id that is not a uuid', 'scan', () => ({ ...valid(), scanId: 'abc' }), 400, 'INVALID_INPUT'],
  ['an unknown field', 'scan', () => ({ ...valid(), visitor: 'me' }), 400, 'INVALID_INPUT'],
  ['a latitude out of range', 'scan', () => ({ ...valid(), location: { lat: 91, lng: 122 } }), 400, 'INVALID_INPUT'],
  ['a wrong source', 'scan', () => ({ ...valid(), source: 'sms' }), 400, 'INVALID_INPUT'],
  ['a scan older than 30 days', 'scan', () => ({ ...valid(), at: Date.UTC(2026, 0, 1) }), 400, 'INVALID_INPUT'],
  ['an unknown post', 'scan', () => ({ ...valid(), postId: 'p999999999999999' }), 404, 'POST_NOT_FOUND'],
];

test.each(cases)('%s → %i %s, nothing written', async (name, fn, body, status, code) => {
  const c = new Client(h.url);
  const before = snapshot();
  const res = await c.call(fn, typeof body === 'function' ? (body as () => unknown)() : body);
  expect(res.status).toBe(status);
  const field = FIELDS[name] === undefined ? {} : { field: FIELDS[name] };
  expect(res.json).toEqual({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fff]/), ...field } });
  expect(snapshot()).toBe(before);
  expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
});

test('validation messages are Chinese and name the problem', async () => {
  const c = new Client(h.url);
  expect((await c.call('scan', { ...valid(), postId: 'p'.repeat(33) })).json.error.message).toBe(
    '岗位编号不能超过32个字符',
  );
  expect((await c.call('scan', { ...valid(), visitor: 'x' })).json.error.message).toBe('不支持的字段：visitor');
  const { postId: _absent, ...withoutPost } = valid();
  expect((await c.call('scan', withoutPost)).json.error).toEqual({
    code: 'INVALID_INPUT',
    message: '缺少字段“postId”',
    field: 'postId',
  });
});

test('a retired post is refused with POST_RETIRED and its plate link still lands', async () => {
  const c = new Client(h.url);
  const before = snapshot();
  const res = await c.call('scan', { ...valid(), postId: retiredId });
  expect(res.status).toBe(404);
  expect(res.json.error.code).toBe('POST_RETIRED');
  expect(snapshot()).toBe(before);
  expect((await fetch(`${h.url}/s/${retiredId}`, { redirect: 'manual' })).status).toBe(302);
});

test('a body over 64 KB → 413 BODY_TOO_LARGE', async () => {
  const before = snapshot();
  const res = await new Client(h.url).call('scan', { ...valid(), pad: 'x'.repeat(70 * 1024) });
  expect(res.status).toBe(413);
  expect(res.json.error.code).toBe('BODY_TOO_LARGE');
  expect(snapshot()).toBe(before);
});

test('GET on a function → 405', async () => {
  const res = await fetch(`${h.url}/api/scan`);
  expect(res.status).toBe(405);
});

test('a replayed scan id is counted once; the same id for another post → 409 SCAN_ID_CONFLICT', async () => {
  const c = new Client(h.url);
  const body = valid();
  expect((await c.call('scan', body)).json.data.scan.recorded).toBe(true);
  const after = snapshot();
  const replay = await c.call('scan', body);
  expect(replay.status).toBe(200);
  expect(replay.json.data.scan.recorded).toBe(false);
  expect(snapshot()).toBe(after);
  const other = (await h.store.posts.page(null, 2, 'active'))[1].id;
  const conflict = await c.call('scan', { ...body, postId: other });
  expect(conflict.status).toBe(409);
  expect(conflict.json.error.code).toBe('SCAN_ID_CONFLICT');
  expect(snapshot()).toBe(after);
});

test('more than 60 scans a minute from one identity → 429, and the next minute works again', async () => {
  const c = new Client(h.url);
  for (let i = 0; i < 60; i++) expect((await c.call('scan', valid())).status).toBe(200);
  const before = snapshot();
  const limited = await c.call('scan', valid());
  expect(limited.status).toBe(429);
  expect(limited.json.error.code).toBe('RATE_LIMITED');
  expect(snapshot()).toBe(before);
  h.clock.now += 61_000;
  expect((await c.call('scan', valid())).status).toBe(200);
});

test('no unexpected error was logged by any of the above', () => {
  expect(h.errors).toEqual([]);
});
