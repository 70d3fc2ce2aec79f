/** The visitor-days set, keyed day and visitor first: it de-duplicates a day's visitors per subject. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import type { ScanRecord } from '~/types/domain';
import { CITY, VILLAGE_A1 } from './store-fixture';

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

describe('visitor-days keyed by day and visitor', () => {
  it('counts a visitor already in the set that day once, and a new one once, per subject', async () => {
    const file = join(dir, 'visitor-days.db');
    const store = openSqliteStore(file);
    // visitor-a was seen at P001 and in the city on the 28th (not in the village); visitor-b on the 27th.
    const put = store.db.prepare('INSERT INTO visitor_days (subject, day, visitor) VALUES (?, ?, ?)');
    put.run('P001', '20261128', 'visitor-a');
    put.run(CITY, '20261128', 'visitor-a');
    put.run('P001', '20261127', 'visitor-b');
    const rows = store.db.prepare('SELECT day, visitor, subject FROM visitor_days ORDER BY 1, 2, 3').all();
    expect(rows).toEqual([
      { day: '20261127', visitor: 'visitor-b', subject: 'P001' },
      { day: '20261128', visitor: 'visitor-a', subject: CITY },
      { day: '20261128', visitor: 'visitor-a', subject: 'P001' },
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
    // The five rows of one scan are neighbours (one page) under the new key: day and visitor lead it.
    const key = store.db
      .prepare("SELECT name FROM pragma_table_info('visitor_days') WHERE pk > 0 ORDER BY pk")
      .pluck()
      .all();
    expect(key).toEqual(['day', 'visitor', 'subject']);
    // A blank subject is still refused, as before the re-keying.
    expect(() => store.db.prepare("INSERT INTO visitor_days VALUES ('20261128', 'v', '')").run()).toThrow(/CHECK/);
    await store.close();
  });
});
