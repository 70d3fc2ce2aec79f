/** The store contract for scans and daily statistics; registered by runStoreContract (store-contract.ts). */
import type { DailyStat, ScanRecord } from '~/types/domain';
import type { Store } from '~/cloudfunctions/store/port';
import { CITY, COUNTY, fixture, TOWNSHIP_A, TOWNSHIP_B, VILLAGE_A1, VILLAGE_B1 } from './store-fixture';
import { describeLoaded } from './store-contract-describe';

/** 10:00 in Baicheng (UTC+8) on 2026-11-28. */
const MORNING = Date.UTC(2026, 10, 28, 2, 0);
const DAY = '20261128';
const P001_SUBJECTS = ['P001', VILLAGE_A1, TOWNSHIP_A, COUNTY, CITY];
const P002_SUBJECTS = ['P002', VILLAGE_A1, TOWNSHIP_A, COUNTY, CITY];

let seq = 0;
/** A scan with a fresh id; location absent unless given. */
function scan(postId: string, visitor: string, more: Partial<ScanRecord> = {}): ScanRecord {
  seq += 1;
  return {
    scanId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    postId,
    visitor,
    at: MORNING,
    source: 'qr',
    distanceM: null,
    inCircle: null,
    ...more,
  };
}

function stat(subject: string, day: string, count: number, unique: number, inCircle = 0, withLocation = 0): DailyStat {
  return { subject, day, count, unique, inCircle, withLocation };
}

async function oneDay(store: Store, subject: string, day = DAY): Promise<DailyStat | null> {
  const rows = await store.stats.daily(subject, [day]);
  expect(rows.length).toBeLessThanOrEqual(1);
  return rows[0] ?? null;
}

/** Registers the scan cases; `store` gives the current test's store (fresh per test). */
export function scanContract(store: () => Store): void {
  describeLoaded('scans and daily stats', store, fixture, () => {
    it('records a scan once: a retry is a duplicate, its id reused for another post a conflict; neither counts', async () => {
      const s = scan('P001', 'visitor-a');
      expect(await store().scans.record(s, P001_SUBJECTS)).toBe('recorded');
      expect(await store().scans.record(s, P001_SUBJECTS)).toBe('duplicate');
      expect(await store().scans.record({ ...s, at: MORNING + 60_000 }, P001_SUBJECTS)).toBe('duplicate');
      expect(await store().scans.record({ ...s, postId: 'P005' }, ['P005', VILLAGE_B1])).toBe('conflict');
      expect(await store().scans.count()).toBe(1);
      for (const subject of P001_SUBJECTS) expect(await oneDay(store(), subject)).toEqual(stat(subject, DAY, 1, 1));
      expect(await oneDay(store(), 'P005')).toBeNull();
      expect(await oneDay(store(), VILLAGE_B1)).toBeNull();
    });

    it('counts scans, unique visitors, in-circle and located scans per subject and day', async () => {
      const s = store();
      await s.scans.record(scan('P001', 'visitor-a'), P001_SUBJECTS);
      await s.scans.record(scan('P001', 'visitor-a', { at: MORNING + 3600_000 }), P001_SUBJECTS);
      await s.scans.record(scan('P001', 'visitor-b', { distanceM: 120, inCircle: true }), P001_SUBJECTS);
      await s.scans.record(scan('P001', 'visitor-c', { distanceM: 900, inCircle: false }), P001_SUBJECTS);
      await s.scans.record(scan('P002', 'visitor-a', { source: 'link' }), P002_SUBJECTS);
      await s.scans.record(scan('P005', 'visitor-d', { distanceM: 30, inCircle: true }), [
        'P005',
        VILLAGE_B1,
        TOWNSHIP_B,
      ]);

      expect(await s.scans.count()).toBe(6);
      expect(await oneDay(s, 'P001')).toEqual(stat('P001', DAY, 4, 3, 1, 2));
      expect(await oneDay(s, 'P002')).toEqual(stat('P002', DAY, 1, 1));
      // visitor-a scanned two posts of the same village: one unique visitor of the village, five scans.
      expect(await oneDay(s, VILLAGE_A1)).toEqual(stat(VILLAGE_A1, DAY, 5, 3, 1, 2));
      expect(await oneDay(s, TOWNSHIP_B)).toEqual(stat(TOWNSHIP_B, DAY, 1, 1, 1, 1));
      expect(await oneDay(s, CITY)).toEqual(stat(CITY, DAY, 5, 3, 1, 2));
    });

    it('files a scan under its UTC+8 day: 16:30Z on the 27th is the 28th, 15:59Z still the 27th', async () => {
      const s = store();
      const at = (iso: string) => ({ at: Date.parse(iso) });
      await s.scans.record(scan('P003', 'visitor-a', at('2026-11-27T16:30:00Z')), ['P003']);
      await s.scans.record(scan('P003', 'visitor-a', at('2026-11-27T15:59:59.999Z')), ['P003']);
      await s.scans.record(scan('P003', 'visitor-a', at('2026-11-28T15:59:59.999Z')), ['P003']);
      await s.scans.record(scan('P003', 'visitor-a', at('2026-11-28T16:00:00Z')), ['P003']);
      const rows = await s.stats.daily('P003', ['20261126', '20261127', '20261128', '20261129']);
      expect([...rows].sort((a, b) => a.day.localeCompare(b.day))).toEqual([
        stat('P003', '20261127', 1, 1),
        stat('P003', '20261128', 2, 1),
        stat('P003', '20261129', 1, 1),
      ]);
    });

    it('leaves out days without scans and subjects never scanned', async () => {
      const s = store();
      await s.scans.record(scan('P001', 'visitor-a', { at: Date.parse('2026-11-20T02:00:00Z') }), ['P001']);
      await s.scans.record(scan('P001', 'visitor-b', { at: Date.parse('2026-11-22T02:00:00Z') }), ['P001']);
      const rows = await s.stats.daily('P001', ['20261120', '20261121', '20261122', '20261123']);
      expect([...rows].sort((a, b) => a.day.localeCompare(b.day))).toEqual([
        stat('P001', '20261120', 1, 1),
        stat('P001', '20261122', 1, 1),
      ]);
      expect(await s.stats.daily('P006', ['20261120', '20261122'])).toEqual([]);
      expect(await s.stats.daily('P001', [])).toEqual([]);
    });

    it('counts a subject listed twice once', async () => {
      await store().scans.record(scan('P001', 'visitor-a'), ['P001', VILLAGE_A1, 'P001']);
      expect(await oneDay(store(), 'P001')).toEqual(stat('P001', DAY, 1, 1));
    });

    it('files each scan under the subjects it is given, when the list of a post changes between scans', async () => {
      // The same post with another village (it moved): the second scan counts there, not where the first did.
      const s = store();
      await s.scans.record(scan('P004', 'visitor-a'), ['P004', VILLAGE_A1]);
      await s.scans.record(scan('P004', 'visitor-b'), ['P004', VILLAGE_B1]);
      await s.scans.record(scan('P004', 'visitor-c'), ['P004', VILLAGE_B1, 'P004']);
      expect(await oneDay(s, 'P004')).toEqual(stat('P004', DAY, 3, 3));
      expect(await oneDay(s, VILLAGE_A1)).toEqual(stat(VILLAGE_A1, DAY, 1, 1));
      expect(await oneDay(s, VILLAGE_B1)).toEqual(stat(VILLAGE_B1, DAY, 2, 2));
    });

    it('stays exact under concurrent records: distinct scans all count, one scan sent five times counts once', async () => {
      const s = store();
      const distinct = Array.from({ length: 20 }, (_, i) =>
        scan('P002', `visitor-${i % 5}`, { distanceM: 10, inCircle: true }),
      );
      const outcomes = await Promise.all(distinct.map((x) => s.scans.record(x, P002_SUBJECTS)));
      expect(outcomes.every((o) => o === 'recorded')).toBe(true);
      const again = scan('P003', 'visitor-z');
      const retries = await Promise.all(Array.from({ length: 5 }, () => s.scans.record(again, ['P003'])));
      expect(retries.filter((o) => o === 'recorded')).toHaveLength(1);
      expect(retries.filter((o) => o === 'duplicate')).toHaveLength(4);
      expect(await s.scans.count()).toBe(21);
      expect(await oneDay(s, 'P002')).toEqual(stat('P002', DAY, 20, 5, 20, 20));
      expect(await oneDay(s, CITY)).toEqual(stat(CITY, DAY, 20, 5, 20, 20));
      expect(await oneDay(s, 'P003')).toEqual(stat('P003', DAY, 1, 1));
    });

    it('counts days beyond one page of 100', async () => {
      const s = store();
      const days: string[] = [];
      for (let i = 0; i < 150; i++) {
        const at = Date.UTC(2026, 0, 1, 4) + i * 86_400_000;
        await s.scans.record(scan('P006', 'visitor-a', { at }), ['P006']);
        days.push(new Date(at + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, ''));
      }
      const rows = await s.stats.daily('P006', days);
      expect(rows.map((r) => r.day).sort()).toEqual(days);
      expect(rows.every((r) => r.count === 1 && r.unique === 1)).toBe(true);
    });
  });
}
