/** The sqlite adapter: the store contract over ':memory:' and over a file, plus what only SQLite can promise. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellOf } from '~/cloudfunctions/geo/grid';
import { openSqliteStore, type SqliteStore } from '~/cloudfunctions/store/sqlite';
import { migrate } from '~/cloudfunctions/store/sqlite/migrate';
import { BASE_VERSION, MIGRATIONS } from '~/cloudfunctions/store/sqlite/schema';
import type { ScanRecord } from '~/types/domain';
import { runStoreContract } from './store-contract';
import { workRequest } from './store-contract-work';
import { CITY, COUNTY, fixture, TOWNSHIP_A, TOWNSHIP_B, VILLAGE_A1, VILLAGE_B1, REVEAL_ENTRY } from './store-fixture';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'store-sqlite-'));
  dirs.push(dir);
  return join(dir, 'pioneer.db');
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

runStoreContract('sqlite :memory:', async () => openSqliteStore(':memory:'));
runStoreContract('sqlite file', async () => openSqliteStore(tempFile()));

const SCAN: ScanRecord = {
  scanId: '11111111-1111-4111-8111-111111111111',
  postId: 'P001',
  visitor: 'visitor-a',
  at: Date.UTC(2026, 10, 28, 2),
  source: 'qr',
  distanceM: 50,
  inCircle: true,
};

function rowCounts(store: SqliteStore) {
  const count = (table: string) => store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  // Visitor-days as (day, visitor, subject) entries: a row lists its subjects, separated by spaces; the current
  // day's rows are in the visitor log until the next day begins (visitor-days.ts).
  const entries = store.db
    .prepare(
      `SELECT coalesce(sum(length(subjects) - length(replace(subjects, ' ', '')) + 1), 0)
       FROM (SELECT subjects FROM visitor_days UNION ALL SELECT subjects FROM visitor_log)`,
    )
    .pluck()
    .get();
  return { scans: count('scans'), visitorDays: entries, dailyStats: count('daily_stats') };
}

describe('sqlite adapter only', () => {
  it('opens with WAL, synchronous=NORMAL, foreign keys and a busy timeout', () => {
    const store = openSqliteStore(tempFile());
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    store.db.close();
  });

  it('leaves no partial rows when a statement fails in the middle of record', async () => {
    const store = openSqliteStore(':memory:');
    await store.load(fixture());
    // The third subject breaks a CHECK constraint after two subjects were already written inside the transaction.
    await expect(store.scans.record(SCAN, ['P001', VILLAGE_A1, '', CITY])).rejects.toThrow(/CHECK constraint/);
    expect(rowCounts(store)).toEqual({ scans: 0, visitorDays: 0, dailyStats: 0 });
    expect(await store.stats.daily('P001', ['20261128'])).toEqual([]);
    // Nothing of the failed attempt remains, so the same scan is new, not a duplicate.
    expect(await store.scans.record(SCAN, ['P001', VILLAGE_A1, CITY])).toBe('recorded');
    expect(rowCounts(store)).toEqual({ scans: 1, visitorDays: 3, dailyStats: 3 });
    await store.close();
  });

  it('group commit: concurrent scans all commit, and a failing one rolls back alone', async () => {
    const store = openSqliteStore(':memory:');
    await store.load(fixture());
    const scan = (n: number): ScanRecord => ({
      ...SCAN,
      scanId: `11111111-1111-4111-8111-${String(n).padStart(12, '0')}`,
    });
    const outcomes = await Promise.allSettled([
      store.scans.record(scan(1), ['P001', CITY]),
      store.scans.record(scan(2), ['P001', '', CITY]),
      store.scans.record(scan(3), ['P001', CITY]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(rowCounts(store)).toEqual({ scans: 2, visitorDays: 2, dailyStats: 2 });
    expect((await store.stats.daily('P001', ['20261128']))[0]).toMatchObject({ count: 2, unique: 1 });
    await store.close();
  });

  it('group commit: one batch over two days and two townships sums each daily row from its own scans only', async () => {
    const store = openSqliteStore(':memory:');
    await store.load(fixture());
    const day1 = SCAN.at;
    const day2 = SCAN.at + 86_400_000;
    const posts = [
      { id: 'P001', subjects: ['P001', VILLAGE_A1, TOWNSHIP_A, COUNTY, CITY] },
      { id: 'P005', subjects: ['P005', VILLAGE_B1, TOWNSHIP_B, COUNTY, CITY] },
    ];
    // 40 scans in one turn of the event loop: 4 visitors, both posts, both days, some located, one sent twice.
    const scans = Array.from({ length: 40 }, (_, i): [ScanRecord, string[]] => {
      const p = posts[i % 2];
      const at = i % 3 === 0 ? day2 : day1;
      return [
        {
          ...SCAN,
          scanId: `22222222-2222-4222-8222-${String(i).padStart(12, '0')}`,
          postId: p.id,
          visitor: `v${i % 4}`,
          at,
          distanceM: i % 5 === 0 ? 30 : null,
          inCircle: i % 5 === 0 ? true : null,
        },
        p.subjects,
      ];
    });
    const outcomes = await Promise.all([...scans, scans[7]].map(([x, subjects]) => store.scans.record(x, subjects)));
    expect(outcomes.filter((o) => o === 'recorded')).toHaveLength(40);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(1);
    // Every daily row equals what the raw scans say, as the statistics' consistency check reads them.
    for (const { subject, match } of [
      { subject: 'P001', match: (x: ScanRecord) => x.postId === 'P001' },
      { subject: TOWNSHIP_B, match: (x: ScanRecord) => x.postId === 'P005' },
      { subject: COUNTY, match: () => true },
      { subject: CITY, match: () => true },
    ]) {
      for (const [day, at] of [
        ['20261128', day1],
        ['20261129', day2],
      ] as const) {
        const mine = scans.map(([x]) => x).filter((x) => match(x) && x.at === at);
        expect((await store.stats.daily(subject, [day]))[0]).toEqual({
          subject,
          day,
          count: mine.length,
          unique: new Set(mine.map((x) => x.visitor)).size,
          inCircle: mine.filter((x) => x.inCircle).length,
          withLocation: mine.filter((x) => x.distanceM !== null).length,
        });
      }
    }
    await store.close();
  });

  it('rolls back a whole load when a volunteer serves a post that does not exist', async () => {
    const store = openSqliteStore(':memory:');
    const data = fixture();
    data.volunteers[0].postIds.push('P404');
    await expect(store.load(data)).rejects.toThrow(/FOREIGN KEY/);
    expect(await store.regions.byCode(CITY)).toBeNull();
    expect(store.db.inTransaction).toBe(false);
    await store.load(fixture());
    expect(await store.volunteers.forPost('P001', 10)).toHaveLength(4);
    await store.close();
  });

  it('reopens a file as it was: schema version and data kept, nothing to apply', async () => {
    const file = tempFile();
    const first = openSqliteStore(file);
    await first.load(fixture());
    expect(await first.scans.record(SCAN, ['P001'])).toBe('recorded');
    await first.close();

    for (let i = 0; i < 2; i++) {
      const again = openSqliteStore(file);
      expect(again.db.pragma('user_version', { simple: true })).toBe(BASE_VERSION + MIGRATIONS.length);
      expect(migrate(again.db)).toEqual([]);
      expect(await again.posts.byId('P001')).toEqual(fixture().posts[0]);
      expect(await again.scans.count()).toBe(1);
      expect(await again.scans.record(SCAN, ['P001'])).toBe('duplicate');
      await again.close();
    }
  });

  it('gives a loaded post the grid cell of cellOf, so near finds it', async () => {
    const store = openSqliteStore(':memory:');
    await store.load(fixture());
    const cells = store.db.prepare('SELECT id, lat, lng, cell FROM posts ORDER BY id').all() as {
      id: string;
      lat: number;
      lng: number;
      cell: number;
    }[];
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(c.cell).toBe(cellOf(c));
    await store.close();
  });

  it('reads period totals, hours and cells from their indexes, and finds dirty days by the partial index', () => {
    const store = openSqliteStore(':memory:');
    const plan = (sql: string) =>
      (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan(`SELECT max(day) FROM cum_stats WHERE subject = 'P1' AND day <= '20261130'`)).toMatch(
      /SEARCH cum_stats USING PRIMARY KEY/,
    );
    expect(plan(`SELECT subject, min(day) FROM daily_stats WHERE dirty = 1 GROUP BY subject`)).toMatch(
      /daily_stats_dirty/,
    );
    expect(
      plan(`SELECT * FROM requests WHERE village_code >= '2208' AND village_code < '2209' AND created_at >= 0`),
    ).toMatch(/requests_by_village_created/);
    store.db.close();
  });

  it('refuses to change or delete audit entries, and refuses a rating outside 1–5', async () => {
    const store = openSqliteStore(':memory:');
    await store.audit.append(REVEAL_ENTRY);
    expect(() => store.db.exec(`UPDATE audit_log SET actor = 'o-x'`)).toThrow(/append-only/);
    expect(() => store.db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(await store.audit.forRequest('r1', 10)).toHaveLength(1);
    await store.requests.create(workRequest(1), []);
    await expect(store.requests.update('r000000000000000000000001', 1, { at: 2, rating: 6 })).rejects.toThrow(/CHECK/);
    expect((await store.requests.byId('r000000000000000000000001'))?.version).toBe(1);
    await store.close();
  });

  it('answers the timer and the work lists from their indexes', () => {
    const store = openSqliteStore(':memory:');
    const plan = (sql: string) =>
      (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(
      plan(
        `SELECT * FROM requests WHERE assignee LIKE 'post:%' AND status = 'pending' AND due_at <= 5 ORDER BY due_at, id`,
      ),
    ).toMatch(/requests_due_questions/);
    expect(plan(`SELECT * FROM requests WHERE answered_by = 'V1' AND first_answer_at >= 0`)).toMatch(
      /requests_by_answerer/,
    );
    expect(plan(`SELECT * FROM outbox WHERE recipient = 'o' ORDER BY at DESC`)).toMatch(/outbox_by_recipient/);
    expect(plan(`SELECT * FROM users WHERE service_id = 'J01'`)).toMatch(/users_by_service/);
    store.db.close();
  });

  it('numbers the steps after the first release upward from the base version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => BASE_VERSION + 1 + i));
  });
});
