/**
 * The SQLite store beside another writer (a cron or repair run on the same file): a scan waits out a short lock
 * and commits, and a lock held past the busy timeout answers as a storage fault (503), never a crash. Also the
 * post cache of the scan path: exact for this store's own writes, bounded for another process's.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeFault } from '~/cloudfunctions/functions/store-faults';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { POST_CACHE_TTL_MS, PostCache } from '~/cloudfunctions/store/sqlite/post-cache';
import type { PostHistoryRow } from '~/cloudfunctions/store/port';
import type { Post, ScanRecord } from '~/types/domain';
import { CITY, COUNTY, fixture, TOWNSHIP_A, VILLAGE_A1 } from './store-fixture';

jest.setTimeout(30_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-lock-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Another process takes the write lock and holds it for `ms`; resolves once it holds it. */
function holdLock(file: string, ms: number): Promise<{ done: Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))});
       const db = new D(${JSON.stringify(file)});
       db.exec('BEGIN IMMEDIATE');
       console.log('locked');
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
       db.exec('ROLLBACK');
       db.close();`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve) => child.stdout.once('data', () => resolve({ done })));
}

/** A store on a file of its own, loaded with the fixture, and another process holding its write lock for `ms`. */
async function storeBehindLock(name: string, ms: number) {
  const file = join(dir, name);
  const store = openSqliteStore(file);
  await store.load(fixture());
  return { store, other: await holdLock(file, ms) };
}

const SUBJECTS = ['P001', VILLAGE_A1, TOWNSHIP_A, COUNTY, CITY];
const scan = (n: number): ScanRecord => ({
  scanId: `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`,
  postId: 'P001',
  visitor: `v${n}`,
  at: Date.UTC(2026, 10, 28, 2),
  source: 'qr',
  distanceM: null,
  inCircle: null,
});

test('a scan waits out another writer’s short lock and commits', async () => {
  const file = join(dir, 'short.db');
  const store = openSqliteStore(file);
  await store.load(fixture());
  const other = await holdLock(file, 300);
  // Taking the lock at BEGIN (IMMEDIATE) is what lets SQLite's busy timeout apply: a deferred transaction that
  // read first would fail at once with SQLITE_BUSY here.
  expect(await store.scans.record(scan(1), SUBJECTS)).toBe('recorded');
  await other.done;
  expect((await store.stats.daily(COUNTY, ['20261128']))[0]).toMatchObject({ count: 1, unique: 1 });
  await store.close();
});

test('a lock held past the busy timeout answers as a storage fault, and the store works again after it', async () => {
  const { store, other } = await storeBehindLock('long.db', 6500);
  const started = Date.now();
  const err = await store.scans.record(scan(2), SUBJECTS).then(
    () => null,
    (e: unknown) => e,
  );
  expect(Date.now() - started).toBeGreaterThanOrEqual(4500);
  expect(storeFault(err)).toBe('STORE_UNAVAILABLE');
  await other.done;
  expect(await store.scans.record(scan(2), SUBJECTS)).toBe('recorded');
  await store.close();
});

test('a batch of scans behind a long lock is refused after one busy timeout, not one timeout a scan', async () => {
  const { store, other } = await storeBehindLock('batch.db', 7_000);
  const started = Date.now();
  // Ten scans in one tick: one group commit. Retried one by one, each waited out the timeout again.
  const outcomes = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      store.scans.record(scan(100 + i), SUBJECTS).then(
        () => 'recorded',
        (e: unknown) => storeFault(e),
      ),
    ),
  );
  const waited = Date.now() - started;
  expect(outcomes).toEqual(Array(10).fill('STORE_UNAVAILABLE'));
  expect(waited).toBeLessThan(9_000);
  await other.done;
  expect(await store.scans.record(scan(100), SUBJECTS)).toBe('recorded');
  await store.close();
});

test('every write transaction of the SQLite adapter goes through writeTransaction (IMMEDIATE)', () => {
  const dir = join(__dirname, '../../cloudfunctions/store/sqlite');
  const offenders = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'write-transaction.ts')
    .filter((f) => /\.transaction\(/.test(readFileSync(join(dir, f), 'utf8')));
  // A bare db.transaction is DEFERRED: it would fail at once beside another writer instead of waiting.
  expect(offenders).toEqual([]);
});

describe('post cache', () => {
  const post = { id: 'P001', name: '一号岗' } as Post;

  it('reads a post once per TTL, misses included, and forgets everything on clear', () => {
    let now = 0;
    const cache = new PostCache(() => now);
    const read = jest.fn((id: string) => (id === 'P001' ? post : null));
    expect(cache.get('P001', read)).toBe(post);
    expect(cache.get('P001', read)).toBe(post);
    expect(cache.get('NOPE', read)).toBeNull();
    expect(cache.get('NOPE', read)).toBeNull();
    expect(read).toHaveBeenCalledTimes(2);
    now = POST_CACHE_TTL_MS;
    cache.get('P001', read);
    expect(read).toHaveBeenCalledTimes(3);
    cache.clear();
    cache.get('P001', read);
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('the store’s own post writes are seen at once by posts.byId', async () => {
    const store = openSqliteStore(':memory:');
    await store.load(fixture());
    const before = (await store.posts.byId('P001'))!;
    const history: PostHistoryRow = { postId: 'P001', at: 1, by: 'admin', action: 'retire', summary: '撤销先锋岗' };
    await store.posts.update('P001', { status: 'retired' }, history);
    expect(before.status).toBe('active');
    expect((await store.posts.byId('P001'))!.status).toBe('retired');
    await store.close();
  });
});
