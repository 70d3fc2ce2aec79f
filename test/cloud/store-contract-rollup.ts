/**
 * The store contract for the rollups behind the dashboard: period totals, hours, out-of-circle cells and last scan
 * days as the timer's rollup leaves them, and the repair command agreeing with the incremental path. Registered by
 * runStoreContract (store-contract.ts).
 */
import type { DailyStat, GeoPoint, ScanRecord } from '~/types/domain';
import { cellOf } from '~/cloudfunctions/geo/cells';
import type { Store } from '~/cloudfunctions/store/port';
import { scanSubjects } from '~/cloudfunctions/domain/scope';
import {
  CITY,
  COUNTY,
  fixture,
  lcg,
  scanRecord,
  TOWNSHIP_A,
  TOWNSHIP_B,
  VILLAGE_A1,
  VILLAGE_A2,
  VILLAGE_B1,
} from './store-fixture';
import { describeLoaded } from './store-contract-describe';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** 00:00 in Baicheng (UTC+8) on 2026-11-20. */
const D20 = Date.UTC(2026, 10, 19, 16);
const POSTS = fixture().posts;
const ALL_SUBJECTS = [
  ...POSTS.map((p) => p.id),
  VILLAGE_A1,
  VILLAGE_A2,
  VILLAGE_B1,
  TOWNSHIP_A,
  TOWNSHIP_B,
  COUNTY,
  CITY,
];

const scan = scanRecord;

function outside(point: GeoPoint): Partial<ScanRecord> {
  return { distanceM: 900, inCircle: false, cell: cellOf(point) };
}

async function record(s: Store, x: ScanRecord): Promise<void> {
  const post = POSTS.find((p) => p.id === x.postId);
  if (!post) throw new Error(`no post ${x.postId}`);
  expect(await s.scans.record(x, scanSubjects(post))).toBe('recorded');
}

/** Every aggregate the dashboard reads, for comparing two states. */
async function snapshot(s: Store) {
  const byKey = (a: DailyStat, b: DailyStat) => `${a.subject}${a.day}`.localeCompare(`${b.subject}${b.day}`);
  const ranges: [string, string][] = [
    ['20261101', '20261130'],
    ['20261120', '20261120'],
    ['20261121', '20261124'],
    ['20261123', '20261231'],
    ['20250101', '20261119'],
  ];
  const totals = [];
  for (const [from, to] of ranges) totals.push(await s.stats.periodTotals(ALL_SUBJECTS, from, to));
  const hours = [];
  for (const subject of ALL_SUBJECTS) hours.push(await s.stats.hours(subject, '20261101', '20261130'));
  return {
    daily: [...(await s.stats.range(ALL_SUBJECTS, '20261101', '20261130'))].sort(byKey),
    totals: totals.map((t) => [...t].sort((a, b) => a.subject.localeCompare(b.subject))),
    hours,
    hoursOfOneDay: await s.stats.hours(CITY, '20261121', '20261121'),
    cells: [
      await s.stats.outsideCells('2208', '20261101', '20261130'),
      await s.stats.outsideCells(TOWNSHIP_A, '20261122', '20261122'),
    ],
    last: Object.fromEntries(await s.stats.lastScanDays(ALL_SUBJECTS)),
  };
}

/** Registers the rollup cases; `store` gives the current test's store (fresh per test). */
export function rollupContract(store: () => Store): void {
  describeLoaded('rollups: period totals, hours, cells', store, fixture, () => {
    it('answers period totals from the last rollup: nothing before it, exact after it', async () => {
      const s = store();
      await record(s, scan('P001', 'a', D20 + 9 * HOUR, { distanceM: 100, inCircle: true }));
      await record(s, scan('P001', 'b', D20 + 10 * HOUR));
      await record(s, scan('P002', 'a', D20 + DAY + 9 * HOUR, { distanceM: 50, inCircle: true }));
      await record(s, scan('P005', 'c', D20 + 2 * DAY + 9 * HOUR));
      expect(await s.stats.rolledAt()).toBeNull();
      expect(await s.stats.periodTotals([CITY], '20261120', '20261122')).toEqual([]);

      expect(await s.stats.rollup(1000, D20 + 3 * DAY)).toEqual({
        scans: 4,
        subjects: 9,
        more: false,
        rolledAt: D20 + 3 * DAY,
      });
      expect(await s.stats.rolledAt()).toBe(D20 + 3 * DAY);
      const totals = await s.stats.periodTotals([CITY, TOWNSHIP_A, 'P001', 'P006'], '20261120', '20261121');
      expect([...totals].sort((a, b) => a.subject.localeCompare(b.subject))).toEqual([
        { subject: CITY, count: 3, unique: 3, inCircle: 2, withLocation: 2 },
        { subject: TOWNSHIP_A, count: 3, unique: 3, inCircle: 2, withLocation: 2 },
        { subject: 'P001', count: 2, unique: 2, inCircle: 1, withLocation: 1 },
      ]);
      expect(await s.stats.periodTotals([CITY], '20261121', '20261122')).toEqual([
        { subject: CITY, count: 2, unique: 2, inCircle: 1, withLocation: 1 },
      ]);
      expect(await s.stats.periodTotals(['P001'], '20261121', '20261130')).toEqual([]);
      expect(Object.fromEntries(await s.stats.lastScanDays(['P001', 'P002', TOWNSHIP_B, 'P006']))).toEqual({
        P001: '20261120',
        P002: '20261121',
        [TOWNSHIP_B]: '20261122',
      });
    });

    it('lists daily rows of several subjects over a range, days without scans left out', async () => {
      const s = store();
      await record(s, scan('P001', 'a', D20 + HOUR));
      await record(s, scan('P003', 'a', D20 + 2 * DAY + HOUR));
      const rows = await s.stats.range(['P001', 'P003', VILLAGE_A2], '20261120', '20261121');
      expect(rows).toEqual([{ subject: 'P001', day: '20261120', count: 1, unique: 1, inCircle: 0, withLocation: 0 }]);
      expect(await s.stats.range(['P003', VILLAGE_A2], '20261122', '20261122')).toHaveLength(2);
      expect(await s.stats.range([], '20261101', '20261130')).toEqual([]);
    });

    it('counts scans by CST hour of day: 16:30Z is 00:30 of the next day', async () => {
      const s = store();
      await record(s, scan('P001', 'a', Date.parse('2026-11-20T16:30:00Z')));
      await record(s, scan('P001', 'b', Date.parse('2026-11-21T01:10:00Z')));
      await record(s, scan('P002', 'c', Date.parse('2026-11-21T01:59:59Z')));
      await s.stats.rollup(1000, D20 + 5 * DAY);
      const hours = await s.stats.hours(TOWNSHIP_A, '20261121', '20261121');
      expect(hours).toHaveLength(24);
      expect(hours[0]).toBe(1);
      expect(hours[9]).toBe(2);
      expect(hours.reduce((a, b) => a + b, 0)).toBe(3);
      expect((await s.stats.hours('P001', '20261121', '20261121'))[9]).toBe(1);
      expect(await s.stats.hours('P001', '20261122', '20261130')).toEqual(new Array(24).fill(0));
    });

    it('groups out-of-circle scans by cell, with the post scanned most there, inside the asked region only', async () => {
      const s = store();
      const here = { lat: 45.6215, lng: 122.8395 };
      const there = { lat: 45.7001, lng: 122.9999 };
      await record(s, scan('P001', 'a', D20 + HOUR, outside(here)));
      await record(s, scan('P002', 'b', D20 + HOUR, outside({ lat: 45.6211, lng: 122.8381 })));
      await record(s, scan('P002', 'c', D20 + DAY, outside(here)));
      await record(s, scan('P005', 'd', D20 + HOUR, outside(there)));
      await record(s, scan('P005', 'e', D20 + HOUR, { distanceM: 10, inCircle: true }));
      await s.stats.rollup(1000, D20 + 2 * DAY);
      expect(await s.stats.outsideCells('2208', '20261120', '20261121')).toEqual([
        { ...cellOf(here), count: 3, postId: 'P002', townshipCode: TOWNSHIP_A },
        { ...cellOf(there), count: 1, postId: 'P005', townshipCode: TOWNSHIP_B },
      ]);
      expect(await s.stats.outsideCells(TOWNSHIP_A, '20261120', '20261120')).toEqual([
        { ...cellOf(here), count: 2, postId: 'P001', townshipCode: TOWNSHIP_A },
      ]);
      expect(await s.stats.outsideCells(TOWNSHIP_B, '20261121', '20261130')).toEqual([]);
    });

    it('folds at most `limit` scans a run, says when more is left, and a run with nothing new changes nothing', async () => {
      const s = store();
      for (let i = 0; i < 5; i++) await record(s, scan('P001', `v${i}`, D20 + i * HOUR));
      const at = D20 + DAY;
      expect(await s.stats.rollup(2, at)).toMatchObject({ scans: 2, more: true });
      expect((await s.stats.hours('P001', '20261120', '20261120')).reduce((a, b) => a + b, 0)).toBe(2);
      expect(await s.stats.rollup(2, at)).toMatchObject({ scans: 2, more: true });
      expect(await s.stats.rollup(2, at)).toMatchObject({ scans: 1, more: false });
      const before = await snapshot(s);
      expect(await s.stats.rollup(2, at)).toEqual({ scans: 0, subjects: 0, more: false, rolledAt: at });
      expect(await snapshot(s)).toEqual(before);
      expect(before.hours[0].slice(0, 5)).toEqual([1, 1, 1, 1, 1]);
    });

    it('brings later days up to date when a queued scan arrives for an earlier day', async () => {
      const s = store();
      await record(s, scan('P003', 'a', D20 + HOUR));
      await record(s, scan('P003', 'b', D20 + 2 * DAY + HOUR));
      await s.stats.rollup(1000, D20 + 3 * DAY);
      await record(s, scan('P003', 'c', D20 + DAY + HOUR));
      expect(await s.stats.rollup(1000, D20 + 3 * DAY)).toMatchObject({ scans: 1, subjects: 5 });
      expect(await s.stats.periodTotals(['P003'], '20261122', '20261122')).toEqual([
        { subject: 'P003', count: 1, unique: 1, inCircle: 0, withLocation: 0 },
      ]);
      expect(await s.stats.periodTotals(['P003'], '20261121', '20261130')).toEqual([
        { subject: 'P003', count: 2, unique: 2, inCircle: 0, withLocation: 0 },
      ]);
    });

    it('keeps visitor days for a week: a late scan for an older day counts, but not as a new visitor', async () => {
      const s = store();
      const now = D20 + 10 * DAY;
      await s.stats.rollup(1000, now);
      // 20261121 is more than 7 days before `now` (20261130): its visitors are final.
      await record(s, scan('P006', 'late', D20 + DAY + HOUR, { distanceM: 20, inCircle: true }));
      await record(s, scan('P006', 'fresh', now - HOUR));
      expect(await s.stats.daily('P006', ['20261121'])).toEqual([
        { subject: 'P006', day: '20261121', count: 1, unique: 0, inCircle: 1, withLocation: 1 },
      ]);
      expect((await s.stats.daily('P006', ['20261129']))[0]).toMatchObject({ count: 1, unique: 1 });
    });

    it('rebuild from raw scans agrees with the incremental path on every aggregate', async () => {
      const s = store();
      const rnd = lcg(5);
      const active = POSTS.filter((p) => p.status === 'active');
      const spots = [
        { lat: 45.6215, lng: 122.8395 },
        { lat: 45.64, lng: 122.9 },
        { lat: 45.6702, lng: 122.9601 },
      ];
      for (let i = 0; i < 60; i++) {
        const post = active[Math.floor(rnd() * active.length)];
        const at = D20 + Math.floor(rnd() * 6) * DAY + Math.floor(rnd() * 24) * HOUR + Math.floor(rnd() * 3600) * 1000;
        const visitor = `v${Math.floor(rnd() * 12)}`;
        const kind = Math.floor(rnd() * 3);
        const more =
          kind === 0 ? {} : kind === 1 ? { distanceM: 120, inCircle: true } : outside(spots[Math.floor(rnd() * 3)]);
        await record(s, scan(post.id, visitor, at, more));
      }
      const at = D20 + 6 * DAY;
      let outcome = await s.stats.rollup(25, at);
      while (outcome.more) outcome = await s.stats.rollup(25, at);
      const incremental = await snapshot(s);
      expect(incremental.daily.length).toBeGreaterThan(20);
      expect(incremental.cells[0].length).toBeGreaterThan(0);

      expect(await s.stats.rebuild(at)).toEqual({ scans: 60 });
      expect(await snapshot(s)).toEqual(incremental);
      // A rollup after the rebuild finds nothing left to fold.
      expect(await s.stats.rollup(1000, at)).toMatchObject({ scans: 0, subjects: 0, more: false });
      expect(await snapshot(s)).toEqual(incremental);
    });
  });
}
