/**
 * The store contract for a location that follows its scan (scans.locate): it completes that one scan — counted
 * once, in the daily counters of every subject — and only a recorded scan of the same post and visitor, made in
 * the window, takes it. Registered by runStoreContract (store-contract.ts).
 */
import type { DailyStat, ScanRecord } from '~/types/domain';
import type { ScanFix, Store } from '~/cloudfunctions/store/port';
import { CITY, COUNTY, fixture, TOWNSHIP_A, VILLAGE_A1 } from './store-fixture';
import { describeLoaded } from './store-contract-describe';

/** 10:00 in Baicheng (UTC+8) on 2026-11-28. */
const MORNING = Date.UTC(2026, 10, 28, 2, 0);
const DAY = '20261128';
const SUBJECTS = ['P001', VILLAGE_A1, TOWNSHIP_A, COUNTY, CITY];

let seq = 0;
function scan(more: Partial<ScanRecord> = {}): ScanRecord {
  seq += 1;
  return {
    scanId: `00000000-0000-4000-9000-${String(seq).padStart(12, '0')}`,
    postId: 'P001',
    visitor: 'visitor-a',
    at: MORNING,
    source: 'qr',
    distanceM: null,
    inCircle: null,
    ...more,
  };
}

function fixOf(s: ScanRecord, more: Partial<ScanFix> = {}): ScanFix {
  return {
    scanId: s.scanId,
    postId: s.postId,
    visitor: s.visitor,
    distanceM: 120,
    inCircle: true,
    cell: null,
    since: MORNING - 60_000,
    ...more,
  };
}

async function day(store: Store, subject: string): Promise<DailyStat | undefined> {
  return (await store.stats.daily(subject, [DAY]))[0];
}

/** Registers the cases; `store` gives the current test's store (fresh per test). */
export function locateContract(store: () => Store): void {
  describeLoaded('a location after its scan (scans.locate)', store, fixture, () => {
    it('completes the scan once: every subject counts it located and in the circle; a retry changes nothing', async () => {
      const s = scan();
      await store().scans.record(s, SUBJECTS);
      expect(await store().scans.locate(fixOf(s), SUBJECTS)).toBe('located');
      expect(await store().scans.locate(fixOf(s, { distanceM: 900, inCircle: false }), SUBJECTS)).toBe('unchanged');
      expect(await store().scans.count()).toBe(1);
      for (const subject of SUBJECTS) {
        expect(await day(store(), subject)).toEqual({
          subject,
          day: DAY,
          count: 1,
          unique: 1,
          inCircle: 1,
          withLocation: 1,
        });
      }
    });

    it('outside the circle it counts as located, not in the circle', async () => {
      const s = scan();
      await store().scans.record(s, SUBJECTS);
      const fix = fixOf(s, { distanceM: 900, inCircle: false, cell: { lat: 45.62, lng: 122.84 } });
      expect(await store().scans.locate(fix, SUBJECTS)).toBe('located');
      expect(await day(store(), 'P001')).toMatchObject({ count: 1, inCircle: 0, withLocation: 1 });
    });

    it("another visitor's, another post's, an unknown or a too-old scan takes nothing", async () => {
      const s = scan({ at: MORNING - 3600_000 });
      await store().scans.record(s, SUBJECTS);
      const before = await day(store(), 'P001');
      expect(await store().scans.locate(fixOf(s, { visitor: 'visitor-b' }), SUBJECTS)).toBe('missing');
      expect(await store().scans.locate(fixOf(s, { postId: 'P002' }), SUBJECTS)).toBe('missing');
      const unknown = { scanId: '00000000-0000-4000-9000-999999999999' };
      expect(await store().scans.locate(fixOf(s, unknown), SUBJECTS)).toBe('missing');
      expect(await store().scans.locate(fixOf(s), SUBJECTS)).toBe('missing');
      expect(await day(store(), 'P001')).toEqual(before);
      // The same scan inside the window still takes it: the refusals above wrote nothing.
      expect(await store().scans.locate(fixOf(s, { since: MORNING - 2 * 3600_000 }), SUBJECTS)).toBe('located');
    });

    it('a scan that came with its location keeps it', async () => {
      const s = scan({ distanceM: 40, inCircle: true });
      await store().scans.record(s, SUBJECTS);
      expect(await store().scans.locate(fixOf(s, { distanceM: 900, inCircle: false }), SUBJECTS)).toBe('unchanged');
      expect(await day(store(), 'P001')).toMatchObject({ count: 1, inCircle: 1, withLocation: 1 });
    });

    it('the cumulative totals of the next rollup include the located scan', async () => {
      const s = scan();
      await store().scans.record(s, SUBJECTS);
      await store().stats.rollup(1000, MORNING + 60_000);
      await store().scans.locate(fixOf(s), SUBJECTS);
      await store().stats.rollup(1000, MORNING + 120_000);
      const [totals] = await store().stats.periodTotals([COUNTY], DAY, DAY);
      expect(totals).toMatchObject({ count: 1, inCircle: 1, withLocation: 1 });
    });

    it('an out-of-circle cell is counted at most once, whether the rollup ran before or after the fix', async () => {
      const cell = { lat: 45.6213, lng: 122.8421 };
      const early = scan();
      const late = scan();
      await store().scans.record(early, SUBJECTS);
      await store().scans.record(late, SUBJECTS);
      await store().scans.locate(fixOf(early, { distanceM: 900, inCircle: false, cell }), SUBJECTS);
      await store().stats.rollup(1000, MORNING + 60_000);
      await store().scans.locate(fixOf(late, { distanceM: 900, inCircle: false, cell }), SUBJECTS);
      await store().stats.rollup(1000, MORNING + 120_000);
      const cells = await store().stats.outsideCells('2208', DAY, DAY);
      expect(cells.reduce((n, c) => n + c.count, 0)).toBeLessThanOrEqual(2);
    });
  });
}
