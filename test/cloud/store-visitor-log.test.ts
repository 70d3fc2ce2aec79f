/**
 * The visitor log (visitor-days.ts): the current day's visitor-days rows are appended and held in memory, joined
 * to visitor_days when the next day begins; restarts, late scans and a full day set still count each visitor once
 * per subject and day.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '~/cloudfunctions/store/sqlite';
import { prepareStatements } from '~/cloudfunctions/store/sqlite/statements';
import { VisitorDays } from '~/cloudfunctions/store/sqlite/visitor-days';
import { scanSubjects } from '~/cloudfunctions/domain/scope';
import { CITY, VILLAGE_A1, fixture, scanRecord } from './store-fixture';

const dir = mkdtempSync(join(tmpdir(), 'store-visitor-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 10:00 in Baicheng (UTC+8) on 2026-11-28, and the same hour a day later. */
const DAY1 = Date.UTC(2026, 10, 28, 2);
const DAY2 = DAY1 + 24 * 3600 * 1000;
const SUBJECTS = ['P001', VILLAGE_A1, CITY];

const scan = (visitor: string, at: number, postId = 'P001') => scanRecord(postId, visitor, at);

const unique = async (store: SqliteStore, subject: string, day: string) =>
  (await store.stats.daily(subject, [day]))[0]?.unique ?? 0;
const tableDays = (store: SqliteStore) =>
  store.db.prepare('SELECT DISTINCT day FROM visitor_days ORDER BY 1').pluck().all();
const logDays = (store: SqliteStore) =>
  store.db.prepare('SELECT DISTINCT day FROM visitor_log ORDER BY 1').pluck().all();

describe('visitor log: the current day appended, then folded', () => {
  it('keeps the day in the log, folds it into visitor_days when the next day begins, and counts a late scan once', async () => {
    const store = openSqliteStore(join(dir, 'fold.db'));
    await store.scans.record(scan('visitor-g', DAY1), SUBJECTS);
    await store.scans.record(scan('visitor-h', DAY1), SUBJECTS);
    expect(logDays(store)).toEqual(['20261128']);
    expect(tableDays(store)).toEqual([]);
    // The next day's first scan folds the log: the 28th is in the table, the log holds the 29th only.
    await store.scans.record(scan('visitor-g', DAY2), SUBJECTS);
    expect(tableDays(store)).toEqual(['20261128']);
    expect(logDays(store)).toEqual(['20261129']);
    // A queued scan of the 28th arriving late: visitor-g was counted that day already, visitor-i was not.
    await store.scans.record(scan('visitor-g', DAY1), SUBJECTS);
    await store.scans.record(scan('visitor-i', DAY1), SUBJECTS);
    expect(await unique(store, 'P001', '20261128')).toBe(3);
    expect(await unique(store, CITY, '20261128')).toBe(3);
    expect((await store.stats.daily('P001', ['20261128']))[0].count).toBe(4);
    expect(await unique(store, 'P001', '20261129')).toBe(1);
    await store.close();
  });

  it('knows the day after a restart: a visitor of the log is not counted again, a new one is', async () => {
    const file = join(dir, 'restart.db');
    const first = openSqliteStore(file);
    await first.scans.record(scan('visitor-j', DAY1), SUBJECTS);
    await first.close();
    const again = openSqliteStore(file);
    await again.scans.record(scan('visitor-j', DAY1), SUBJECTS);
    await again.scans.record(scan('visitor-j', DAY1, 'P002'), ['P002', VILLAGE_A1, CITY]);
    await again.scans.record(scan('visitor-k', DAY1), SUBJECTS);
    expect(await unique(again, 'P001', '20261128')).toBe(2);
    expect(await unique(again, 'P002', '20261128')).toBe(1);
    expect(await unique(again, VILLAGE_A1, '20261128')).toBe(2);
    expect((await again.stats.daily(CITY, ['20261128']))[0]).toMatchObject({ count: 4, unique: 2 });
    await again.close();
  });

  it('is emptied by a rebuild, which recomputes the same figures from the raw scans', async () => {
    const store = openSqliteStore(join(dir, 'rebuild.db'));
    // A rebuild reads the posts (their regions), so this store has the fixture's network.
    await store.load(fixture());
    const [post] = fixture().posts;
    const at = (ms: number) => scan('visitor-l', ms, post.id);
    await store.scans.record(at(DAY1), scanSubjects(post));
    await store.scans.record(at(DAY1 + 60_000), scanSubjects(post));
    const before = await store.stats.daily(CITY, ['20261128']);
    await store.stats.rebuild(DAY1 + 3600_000);
    expect(logDays(store)).toEqual([]);
    expect(tableDays(store)).toEqual(['20261128']);
    expect((await store.stats.daily(CITY, ['20261128']))[0]).toMatchObject({
      count: before[0].count,
      unique: before[0].unique,
    });
    // Recording goes on after the rebuild: the same visitor is still not new.
    await store.scans.record(at(DAY1 + 120_000), scanSubjects(post));
    expect(await unique(store, CITY, '20261128')).toBe(1);
    await store.close();
  });

  it('past its cap, a day set stops growing: visitors it lacks go to visitor_days, and each still counts once', () => {
    const store = openSqliteStore(join(dir, 'cap.db'));
    const st = prepareStatements(store.db);
    const days = new VisitorDays(st, 2);
    const fresh = (visitor: string, subjects: string[]) =>
      [...store.db.transaction(() => days.newTo('20261128', visitor, new Set(subjects)))()].sort();
    expect(fresh('a', ['P001', CITY])).toEqual(['P001', CITY].sort());
    expect(fresh('b', ['P001', CITY])).toEqual(['P001', CITY].sort());
    // The set is full: c is written to visitor_days, a (held) keeps going to the log.
    expect(fresh('c', ['P001', CITY])).toEqual(['P001', CITY].sort());
    expect(fresh('a', ['P002', CITY])).toEqual(['P002']);
    expect(fresh('c', ['P002', CITY])).toEqual(['P002']);
    expect(fresh('c', ['P001', 'P002'])).toEqual([]);
    expect(store.db.prepare('SELECT visitor FROM visitor_log ORDER BY rowid').pluck().all()).toEqual(['a', 'b', 'a']);
    expect(store.db.prepare('SELECT visitor, subjects FROM visitor_days').all()).toEqual([
      { visitor: 'c', subjects: `P001 ${CITY} P002` },
    ]);
    // A new connection's set (same cap) reads the log and the table: nothing is counted twice.
    const reopened = new VisitorDays(st, 2);
    const again = (visitor: string, subjects: string[]) =>
      [...store.db.transaction(() => reopened.newTo('20261128', visitor, new Set(subjects)))()].sort();
    expect(again('a', ['P001', 'P002', CITY])).toEqual([]);
    expect(again('c', ['P001', 'P002', CITY])).toEqual([]);
    expect(again('d', ['P001'])).toEqual(['P001']);
    void store.close();
  });
});
