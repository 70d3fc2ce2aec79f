/**
 * A disk that refuses writes: the local runtime answers 503 with a stable code and a Chinese message, keeps
 * serving reads, writes nothing half-way, and serves writes again once the condition clears.
 *
 * Simulated on the server's own connection, since neither can be made for real here: the tests run as root (a
 * chmod does not stop root's writes) and mounting a read-only or a small tmpfs needs privileges. `PRAGMA
 * query_only` makes SQLite refuse every write with SQLITE_READONLY, the result a read-only file or mount gives;
 * `PRAGMA max_page_count` caps the file at its current size, so a write that needs one more page fails with
 * SQLITE_FULL, as on a full disk.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '~/cloudfunctions/store/sqlite';
import { webConfigFrom } from '~/cloudfunctions/local/origin';
import { Client, demoDataset, startHarness, type Harness } from '../support/local-harness';
import { questionBody } from './work-fixture';

let store: SqliteStore;
let h: Harness;
let postId: string;
beforeAll(async () => {
  store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'pp-faults-')), 'faults.db'));
  await store.load(demoDataset());
  h = await startHarness(true, { store, web: webConfigFrom({ TRUST_PROXY: '1' }) });
  postId = (await store.posts.page(null, 1, 'active'))[0].id;
});
afterAll(async () => {
  await h.close();
  await store.close();
});

const HAS_CJK = /[\u4e00-\u9fff]/;
const land = (c: Client, scanId = randomUUID()) => c.call('scan', { action: 'land', postId, scanId });
const scansOfPost = () =>
  store.db.prepare('SELECT count(*) FROM scans WHERE post_id = ?').pluck().get(postId) as number;
const countedForPost = () =>
  store.db.prepare('SELECT coalesce(sum(count), 0) FROM daily_stats WHERE subject = ?').pluck().get(postId);

async function expectUnavailable(
  res: Promise<{ status: number; json: { ok: boolean; error?: { code: string; message: string } } }>,
  code: string,
) {
  const { status, json } = await res;
  expect(status).toBe(503);
  expect(json.ok).toBe(false);
  expect(json.error?.code).toBe(code);
  expect(json.error?.message).toMatch(HAS_CJK);
}

test('a read-only database: writes answer 503 STORE_READ_ONLY in Chinese, reads still work, and writes come back', async () => {
  const resident = new Client(h.url);
  const asked = await resident.call('resident', questionBody(postId));
  expect(asked.status).toBe(200);
  const scans = scansOfPost();

  store.db.pragma('query_only = ON');
  try {
    const raw = await fetch(`${h.url}/api/scan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'land', postId, scanId: randomUUID() }),
    });
    expect(raw.status).toBe(503);
    expect(Number(raw.headers.get('retry-after'))).toBeGreaterThan(0);
    const scanId = randomUUID();
    await expectUnavailable(land(resident, scanId), 'STORE_READ_ONLY');
    await expectUnavailable(resident.call('resident', questionBody(postId)), 'STORE_READ_ONLY');
    // Reading needs no write: the resident still sees the question asked before.
    const mine = await resident.call('resident', { action: 'myRequests' });
    expect(mine.status).toBe(200);
    expect(mine.json.data.requests.map((r: { id: string }) => r.id)).toEqual([asked.json.data.id]);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    expect(scansOfPost()).toBe(scans);

    store.db.pragma('query_only = OFF');
    // The same scan, retried once the disk is writable, counts: the refused attempt held no window open.
    const again = await land(resident, scanId);
    expect(again.status).toBe(200);
    expect(again.json.data.scan.recorded).toBe(true);
    expect(scansOfPost()).toBe(scans + 1);
    expect((await resident.call('resident', questionBody(postId))).status).toBe(200);
  } finally {
    store.db.pragma('query_only = OFF');
  }
});

test('a full disk: writes answer 503 STORE_FULL, no scan is half-written, and the server serves again after', async () => {
  const limit = store.db.pragma('max_page_count', { simple: true }) as number;
  const pages = store.db.pragma('page_count', { simple: true }) as number;
  store.db.pragma(`max_page_count = ${pages}`);
  const answered: string[] = [];
  let full: { status: number; json: { ok: boolean; error?: { code: string; message: string } } } | null = null;
  try {
    // The free room left in the file's pages fills first; then the next write that needs a page is refused.
    for (let i = 0; i < 5000 && !full; i++) {
      const phone = new Client(h.url);
      const scanId = randomUUID();
      const res = await land(phone, scanId);
      if (res.status === 200) answered.push(scanId);
      else full = res;
    }
    expect(full).not.toBeNull();
    await expectUnavailable(Promise.resolve(full!), 'STORE_FULL');
    // A question's row goes to other pages, which may still have room: asked until one is refused too.
    let refused = null;
    for (let i = 0; i < 2000 && !refused; i++) {
      const res = await new Client(h.url).call('resident', questionBody(postId));
      if (res.status !== 200) refused = res;
    }
    await expectUnavailable(Promise.resolve(refused!), 'STORE_FULL');
    // Every answered scan is stored with its counters; the refused ones left nothing behind.
    const stored = store.db
      .prepare(`SELECT count(*) FROM scans WHERE scan_id IN (SELECT value FROM json_each(?))`)
      .pluck()
      .get(JSON.stringify(answered));
    expect(stored).toBe(answered.length);
    expect(countedForPost()).toBe(scansOfPost());
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  } finally {
    store.db.pragma(`max_page_count = ${limit}`);
  }
  const after = await land(new Client(h.url));
  expect(after.status).toBe(200);
  expect(after.json.data.scan.recorded).toBe(true);
  expect(countedForPost()).toBe(scansOfPost());
  expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
});
