/**
 * Where a late location's out-of-circle cell goes, per adapter. SQLite: exactly once, whether the rollup folded
 * the scan before the fix (the cell is added to the rollup directly) or after (the fold reads it from the scan).
 * CloudBase: a fix within half the settle time is folded with its scan; a later one still counts as located but
 * leaves its cell out rather than risk the fold having passed it.
 */
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import type { ScanFix, Store } from '~/cloudfunctions/store/port';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import type { ScanRecord } from '~/types/domain';
import { createReadyStandin } from '../support/cloudbase-ready';
import { CITY, COUNTY, fixture, TOWNSHIP_A, VILLAGE_A1 } from './store-fixture';

const SUBJECTS = ['P001', VILLAGE_A1, TOWNSHIP_A, COUNTY, CITY];
const CELL = { lat: 45.6213, lng: 122.8421 };
const NOW = Date.now();

function scan(n: number): ScanRecord {
  const scanId = `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;
  return { scanId, postId: 'P001', visitor: 'v', at: NOW, source: 'qr', distanceM: null, inCircle: null };
}
const fix = (s: ScanRecord): ScanFix => ({
  scanId: s.scanId,
  postId: 'P001',
  visitor: 'v',
  distanceM: 900,
  inCircle: false,
  cell: CELL,
  since: NOW - 600_000,
});
const today = new Date(NOW + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');

async function cellCount(store: Store): Promise<number> {
  return (await store.stats.outsideCells('2208', today, today)).reduce((n, c) => n + c.count, 0);
}

afterEach(() => jest.restoreAllMocks());

test('SQLite: a fix before the fold and one after it each add their cell once', async () => {
  const store = openSqliteStore(':memory:');
  await store.load(fixture());
  await store.scans.record(scan(1), SUBJECTS);
  await store.scans.record(scan(2), SUBJECTS);
  expect(await store.scans.locate(fix(scan(1)), SUBJECTS)).toBe('located');
  await store.stats.rollup(1000, NOW + 1000);
  expect(await cellCount(store)).toBe(1);
  // Scan 2 is folded already (without a cell); its fix adds the cell straight to the rollup.
  expect(await store.scans.locate(fix(scan(2)), SUBJECTS)).toBe('located');
  expect(await cellCount(store)).toBe(2);
  await store.stats.rollup(1000, NOW + 2000);
  expect(await cellCount(store)).toBe(2);
  store.db.close();
});

test('CloudBase: a prompt fix is folded with its scan; a fix after half the settle time keeps no cell', async () => {
  const store = createCloudbaseStore(await createReadyStandin(), { settleMs: 30_000 });
  await store.load(fixture());
  await store.scans.record(scan(1), SUBJECTS);
  await store.scans.record(scan(2), SUBJECTS);
  expect(await store.scans.locate(fix(scan(1)), SUBJECTS)).toBe('located');
  const real = Date.now();
  // 20 s later: past half the settle time, the fold could be near; the fix counts, its cell stays out.
  jest.spyOn(Date, 'now').mockReturnValue(real + 20_000);
  expect(await store.scans.locate(fix(scan(2)), SUBJECTS)).toBe('located');
  expect((await store.stats.daily('P001', [today]))[0]).toMatchObject({ count: 2, withLocation: 2, inCircle: 0 });
  // A minute on, the rollup folds both scans: only the prompt fix's cell.
  jest.spyOn(Date, 'now').mockReturnValue(real + 60_000);
  await store.stats.rollup(1000, real + 60_000);
  expect(await cellCount(store)).toBe(1);
});
