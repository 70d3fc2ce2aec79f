/**
 * What a day's visitors cost in memory: the scan recorder holds every visitor of the day (visitor-days.ts), and its
 * cap of 500,000 visitors is a bound of about 50 MB only while a visitor costs about 100 bytes. Measured on the
 * heap after a full collection, through the store's real scan path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { visitorHash } from '~/cloudfunctions/domain/visitor';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { DAY_SET_CAP } from '~/cloudfunctions/store/sqlite/visitor-days';
import { CITY, VILLAGE_A1 } from './store-fixture';

jest.setTimeout(120_000);

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const dir = mkdtempSync(join(tmpdir(), 'visitor-days-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a visitor of the day costs at most 150 bytes of heap, so the cap holds memory to about 75 MB', async () => {
  const store = openSqliteStore(join(dir, 'memory.db'));
  const subjects = ['P001', VILLAGE_A1, '220802001', '220802', CITY];
  const at = Date.UTC(2026, 10, 28, 2);
  const visitors = 100_000;
  // The first scan of the day reads the (empty) log: done before the baseline, so only visitors are measured.
  const scan = (n: number) =>
    store.scans.record(
      {
        scanId: `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`,
        postId: 'P001',
        visitor: visitorHash('memory-test', `visitor-${n}`),
        at,
        source: 'qr',
        distanceM: null,
        inCircle: null,
      },
      subjects,
    );
  await scan(0);
  collect();
  const before = process.memoryUsage().heapUsed;
  for (let n = 1; n <= visitors; n += 500) {
    const batch = await Promise.all(Array.from({ length: 500 }, (_, i) => scan(n + i)));
    expect(batch.every((outcome) => outcome === 'recorded')).toBe(true);
  }
  collect();
  const perVisitor = (process.memoryUsage().heapUsed - before) / visitors;
  expect(perVisitor).toBeGreaterThan(40);
  expect(perVisitor).toBeLessThan(150);
  expect((DAY_SET_CAP * perVisitor) / 2 ** 20).toBeLessThan(75);
  // Every one of them was counted a unique visitor of the city on that day.
  expect((await store.stats.daily(CITY, ['20261128']))[0]).toMatchObject({ count: visitors + 1, unique: visitors + 1 });
  await store.close();
});

test('one visitor walking past 2,000 posts in a day keeps one list, not one of every length on the way', async () => {
  const store = openSqliteStore(join(dir, 'walker.db'));
  const at = Date.UTC(2026, 10, 28, 2);
  const visitor = visitorHash('memory-test', 'walker');
  const scan = (n: number) =>
    store.scans.record(
      {
        scanId: `55555555-5555-4555-8555-${String(n).padStart(12, '0')}`,
        postId: `W${n}`,
        visitor,
        at,
        source: 'qr',
        distanceM: null,
        inCircle: null,
      },
      [`W${n}`, VILLAGE_A1, CITY],
    );
  await scan(0);
  collect();
  const before = process.memoryUsage().heapUsed;
  for (let n = 1; n <= 2_000; n += 1) expect(await scan(n)).toBe('recorded');
  collect();
  // Its one list of 2,002 subjects is ~16 KB; a shared list of every length on the way would be ~30 MB.
  expect(process.memoryUsage().heapUsed - before).toBeLessThan(2 * 2 ** 20);
  expect((await store.stats.daily(CITY, ['20261128']))[0]).toMatchObject({ count: 2_001, unique: 1 });
  expect((await store.stats.daily('W2000', ['20261128']))[0]).toMatchObject({ count: 1, unique: 1 });
  await store.close();
});
