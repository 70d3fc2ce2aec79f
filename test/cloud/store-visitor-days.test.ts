/**
 * The visitor-days set: one row per day and visitor, listing the subjects it is counted in, so a day's visitors
 * are de-duplicated per subject; a file of the first release's five-rows-a-scan shape is folded into it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { BASE_VERSION, SCHEMA } from '~/cloudfunctions/store/sqlite/schema';
import type { ScanRecord } from '~/types/domain';
import { scanSubjects } from '~/cloudfunctions/domain/scope';
import { CITY, VILLAGE_A1, fixture } from './store-fixture';

const dir = mkdtempSync(join(tmpdir(), 'store-visitor-days-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 10:00 in Baicheng (UTC+8) on 2026-11-28. */
const AT = Date.UTC(2026, 10, 28, 2);

function scan(n: number, visitor: string): ScanRecord {
  return {
    scanId: `33333333-3333-4333-8333-${String(n).padStart(12, '0')}`,
    postId: 'P001',
    visitor,
    at: AT,
    source: 'qr',
    distanceM: null,
    inCircle: null,
  };
}

/** A file of the first release (before the one-row step), with visitor-days rows one per subject. */
function firstReleaseFile(file: string, rows: [string, string, string][]): void {
  const db = new Database(file);
  db.exec(SCHEMA);
  db.pragma(`user_version = ${BASE_VERSION}`);
  const put = db.prepare('INSERT INTO visitor_days (subject, day, visitor) VALUES (?, ?, ?)');
  for (const row of rows) put.run(...row);
  db.close();
}

/** The visitor-days set as (day, visitor, subjects): visitor_days and the current day's log rows together. */
const rowsOf = (db: Database.Database) =>
  (
    db
      .prepare(
        `SELECT day, visitor, group_concat(subjects, ' ') AS subjects FROM (
           SELECT day, visitor, subjects FROM visitor_days UNION ALL SELECT day, visitor, subjects FROM visitor_log)
         GROUP BY day, visitor ORDER BY 1, 2`,
      )
      .all() as { subjects: string }[]
  ).map((r) => ({ ...r, subjects: r.subjects.split(' ').sort() }));

describe('visitor-days: one row per day and visitor', () => {
  it('folds a first-release file, then counts a visitor already in the set once, and a new one once, per subject', async () => {
    const file = join(dir, 'visitor-days.db');
    // visitor-a was seen at P001 and in the city on the 28th (not in the village); visitor-b on the 27th.
    firstReleaseFile(file, [
      ['P001', '20261128', 'visitor-a'],
      [CITY, '20261128', 'visitor-a'],
      ['P001', '20261127', 'visitor-b'],
    ]);
    const store = openSqliteStore(file);
    expect(rowsOf(store.db)).toEqual([
      { day: '20261127', visitor: 'visitor-b', subjects: ['P001'] },
      { day: '20261128', visitor: 'visitor-a', subjects: [CITY, 'P001'].sort() },
    ]);
    // One scan of each visitor (a and a new c) on the 28th, both counted; unique only where not already seen.
    const subjects = ['P001', VILLAGE_A1, CITY];
    expect(await store.scans.record(scan(1, 'visitor-a'), subjects)).toBe('recorded');
    expect(await store.scans.record(scan(2, 'visitor-c'), subjects)).toBe('recorded');
    expect(await store.scans.record(scan(3, 'visitor-c'), subjects)).toBe('recorded');
    const day = async (subject: string) => (await store.stats.daily(subject, ['20261128']))[0];
    expect(await day('P001')).toMatchObject({ count: 3, unique: 1 });
    expect(await day(CITY)).toMatchObject({ count: 3, unique: 1 });
    expect(await day(VILLAGE_A1)).toMatchObject({ count: 3, unique: 2 });
    // visitor-a's row gained the village, once; visitor-c has one row with its three subjects.
    expect(rowsOf(store.db)).toEqual([
      { day: '20261127', visitor: 'visitor-b', subjects: ['P001'] },
      { day: '20261128', visitor: 'visitor-a', subjects: [CITY, 'P001', VILLAGE_A1].sort() },
      { day: '20261128', visitor: 'visitor-c', subjects: [CITY, 'P001', VILLAGE_A1].sort() },
    ]);
    // Day and visitor lead the key, so pruning by day is a range at the front.
    const key = store.db
      .prepare("SELECT name FROM pragma_table_info('visitor_days') WHERE pk > 0 ORDER BY pk")
      .pluck()
      .all();
    expect(key).toEqual(['day', 'visitor']);
    // A blank subject list, or one with a stray separator, is refused.
    for (const bad of ['', ' P001', 'P001 ']) {
      expect(() => store.db.prepare("INSERT INTO visitor_days VALUES ('20261129', 'v', ?)").run(bad)).toThrow(/CHECK/);
    }
    await store.close();
  });

  it('counts a visitor new to a second post of the same village at that post only', async () => {
    const store = openSqliteStore(join(dir, 'second-post.db'));
    const at = (post: string) => [post, VILLAGE_A1, CITY];
    expect(await store.scans.record(scan(4, 'visitor-d'), at('P001'))).toBe('recorded');
    expect(await store.scans.record({ ...scan(5, 'visitor-d'), postId: 'P002' }, at('P002'))).toBe('recorded');
    const unique = async (subject: string) => (await store.stats.daily(subject, ['20261128']))[0]?.unique;
    expect([await unique('P001'), await unique('P002'), await unique(VILLAGE_A1), await unique(CITY)]).toEqual([
      1, 1, 1, 1,
    ]);
    await store.close();
  });

  it('keeps two visitors of one post apart when one of them goes on to another post', async () => {
    // In memory, visitors with the same subjects share one list: a visitor's next post must not reach the other's.
    const store = openSqliteStore(join(dir, 'shared-lists.db'));
    const at = (post: string) => [post, VILLAGE_A1, CITY];
    expect(await store.scans.record(scan(9, 'visitor-g'), at('P001'))).toBe('recorded');
    expect(await store.scans.record(scan(10, 'visitor-h'), at('P001'))).toBe('recorded');
    expect(await store.scans.record({ ...scan(11, 'visitor-g'), postId: 'P002' }, at('P002'))).toBe('recorded');
    expect(await store.scans.record({ ...scan(12, 'visitor-h'), postId: 'P002' }, at('P002'))).toBe('recorded');
    const unique = async (subject: string) => (await store.stats.daily(subject, ['20261128']))[0]?.unique;
    expect([await unique('P001'), await unique('P002'), await unique(VILLAGE_A1), await unique(CITY)]).toEqual([
      2, 2, 2, 2,
    ]);
    // A third visit of each counts nowhere as new, read back after a restart too (from the log).
    await store.close();
    const again = openSqliteStore(join(dir, 'shared-lists.db'));
    expect(await again.scans.record({ ...scan(13, 'visitor-h'), postId: 'P002' }, at('P002'))).toBe('recorded');
    expect(await again.scans.record(scan(14, 'visitor-g'), at('P001'))).toBe('recorded');
    const after = async (subject: string) => (await again.stats.daily(subject, ['20261128']))[0];
    expect(await after('P001')).toMatchObject({ count: 3, unique: 2 });
    expect(await after('P002')).toMatchObject({ count: 3, unique: 2 });
    expect(await after(CITY)).toMatchObject({ count: 6, unique: 2 });
    await again.close();
  });

  it('reads back a visitor of 40,000 log rows at a restart at once, and counts it new only where it was not', async () => {
    // Far past what the rate limits let one visitor do in a day: the bound is on the work, linear in the rows.
    const file = join(dir, 'long-walk.db');
    const store = openSqliteStore(file);
    const put = store.db.prepare("INSERT INTO visitor_log (day, visitor, subjects) VALUES ('20261128', ?, ?)");
    store.db.transaction(() => {
      for (let n = 0; n < 40_000; n++) put.run('walker', `W${n} V${n % 50}`);
      put.run('stroller', 'W7');
    })();
    await store.close();
    const again = openSqliteStore(file);
    const started = performance.now();
    // The first scan of the day reads the whole log back (copying the walker's list at every row took 102 s here).
    expect(await again.scans.record({ ...scan(15, 'walker'), postId: 'W123' }, ['W123', 'V23', CITY])).toBe('recorded');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await again.scans.record({ ...scan(16, 'stroller'), postId: 'W123' }, ['W123', 'V23'])).toBe('recorded');
    const unique = async (subject: string) => (await again.stats.daily(subject, ['20261128']))[0]?.unique;
    // The walker had W123 and V23 already, and the city not; the stroller had only W7.
    expect([await unique('W123'), await unique('V23'), await unique(CITY)]).toEqual([1, 1, 1]);
    await again.close();
  });

  it('is rebuilt by the repair command from the raw scans: the same rows as recorded live', async () => {
    const store = openSqliteStore(join(dir, 'rebuilt.db'));
    await store.load(fixture());
    const [p1, p2] = fixture().posts;
    await store.scans.record(scan(6, 'visitor-e'), scanSubjects(p1));
    await store.scans.record({ ...scan(7, 'visitor-e'), postId: p2.id }, scanSubjects(p2));
    await store.scans.record({ ...scan(8, 'visitor-f'), postId: p2.id }, scanSubjects(p2));
    const live = rowsOf(store.db);
    expect(live.map((r) => r.subjects.length)).toEqual([6, 5]);
    await store.stats.rebuild(AT);
    expect(rowsOf(store.db)).toEqual(live);
    await store.close();
  });
});
