/**
 * The landing reply's cached JSON text (domain/json-text.ts): the local server sends the page's text made once per
 * cached page, and it must be byte for byte what serialising the reply would write, on a first scan (page just
 * assembled), a repeat (page from the cache), a located scan and a scan that is not counted.
 */
import { randomUUID } from 'node:crypto';
import { envelopeJson, withJsonText, type JsonText } from '~/cloudfunctions/domain/json-text';
import { startHarness, type Harness } from '../support/local-harness';

let h: Harness;
let postId: string;
beforeAll(async () => {
  h = await startHarness();
  postId = (await h.store.posts.page(null, 1, 'active'))[0].id;
});
afterAll(() => h.close());

async function landRaw(body: Record<string, unknown>, address: string): Promise<string> {
  const res = await fetch(`${h.url}/api/scan`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ action: 'land', postId, scanId: randomUUID(), ...body }),
  });
  expect(res.status).toBe(200);
  return res.text();
}

test('every landing reply is exactly the JSON of its object, cached page or not', async () => {
  const post = (await h.store.posts.byId(postId))!;
  const replies = [
    await landRaw({}, '10.9.0.1'),
    await landRaw({}, '10.9.0.2'),
    await landRaw({ location: { lat: post.lat + 0.001, lng: post.lng } }, '10.9.0.3'),
  ];
  for (const raw of replies) {
    const parsed = JSON.parse(raw) as { ok: boolean; data: { post: { id: string }; scan: unknown } };
    expect(raw).toBe(JSON.stringify(parsed));
    expect(parsed.ok).toBe(true);
    expect(parsed.data.post.id).toBe(postId);
    expect(Object.keys(parsed.data).at(-1)).toBe('scan');
  }
  const [first, second, located] = replies.map((r) => JSON.parse(r).data);
  expect({ ...second, scan: null }).toEqual({ ...first, scan: null });
  expect(first.scan).toMatchObject({ recorded: true, distanceM: null });
  expect(located.scan.distanceM).toBeGreaterThan(0);
});

test('a mark is used only where it stands for the whole data, and never shows in the object', () => {
  const data = withJsonText({ a: 1 }, () => '{"a":1}');
  expect(Object.keys(data)).toEqual(['a']);
  expect(JSON.stringify({ ...data })).toBe('{"a":1}');
  expect(envelopeJson({ ok: true, data })).toBe('{"ok":true,"data":{"a":1}}');
  // A wrong mark would show here: the envelope's text comes from it.
  const lying = withJsonText({ a: 1 }, () => '{"a":2}');
  expect(envelopeJson({ ok: true, data: lying })).toBe('{"ok":true,"data":{"a":2}}');
  // The mark stays with the object it was put on: a copy is serialised from what it holds.
  expect(envelopeJson({ ok: true, data: { ...lying } })).toBe('{"ok":true,"data":{"a":1}}');
  // A mark may give a cached document's bytes and a string after them: the envelope keeps the parts (its head made
  // once per document's head), and their bytes together are the whole text.
  const head = Buffer.from('{"a":"先锋岗"');
  const inParts = withJsonText({ a: '先锋岗', b: 1 }, () => ({ head, tail: ',"b":1}' }));
  const parts = envelopeJson({ ok: true, data: inParts });
  const whole =
    typeof parts === 'string' ? parts : Buffer.concat([parts.head, Buffer.from(parts.tail)]).toString('utf8');
  expect(whole).toBe(JSON.stringify({ ok: true, data: { a: '先锋岗', b: 1 } }));
  const headOf = (t: JsonText) => (typeof t === 'string' ? null : t.head);
  expect(headOf(parts)).not.toBeNull();
  expect(headOf(envelopeJson({ ok: true, data: inParts }))).toBe(headOf(parts));
  // Anything else is serialised as usual.
  expect(envelopeJson({ ok: true })).toBe('{"ok":true}');
  expect(envelopeJson({ ok: false, error: { code: 'X' } })).toBe('{"ok":false,"error":{"code":"X"}}');
  expect(envelopeJson({ ok: true, data: { a: 1 } })).toBe('{"ok":true,"data":{"a":1}}');
});
