/** The sqlite adapter: the store contract over ':memory:' and over a file, plus what only SQLite can promise. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cellOf } from '../../cloudfunctions/store/grid';
import { openSqliteStore, type SqliteStore } from '../../cloudfunctions/store/sqlite';
import { migrate, MIGRATIONS } from '../../cloudfunctions/store/sqlite/schema';
import type { ScanRecord } from '../../types/domain';
import { runStoreContract } from './store-contract';
import { CITY, fixture, VILLAGE_A1 } from './store-fixture';

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
  return { scans: count('scans'), visitorDays: count('visitor_days'), dailyStats: count('daily_stats') };
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

  it('applies each migration once: reopening keeps the schema version and the data', async () => {
    const file = tempFile();
    const first = openSqliteStore(file);
    await first.load(fixture());
    expect(await first.scans.record(SCAN, ['P001'])).toBe('recorded');
    await first.close();

    for (let i = 0; i < 2; i++) {
      const again = openSqliteStore(file);
      const versions = again.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
      expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
      expect(migrate(again.db)).toEqual([]);
      expect(await again.posts.byId('P001')).toEqual(fixture().posts[0]);
      expect(await again.scans.count()).toBe(1);
      expect(await again.scans.record(SCAN, ['P001'])).toBe('duplicate');
      await again.close();
    }
  });

  it('upgrades a version-1 file: migration 2 gives old posts the same grid cell as cellOf, so near finds them', async () => {
    const file = tempFile();
    const v1 = new Database(file);
    v1.exec(MIGRATIONS[0].sql);
    v1.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL);
      INSERT INTO schema_migrations VALUES (1, 'v1', 0)`);
    const points = [
      { lat: 45.611, lng: 122.831 },
      { lat: 45.63, lng: 122.57 },
      { lat: -33.8688, lng: -70.6693 },
      { lat: 0.005, lng: -0.005 },
      { lat: -0.01, lng: 179.999 },
    ];
    const insert = v1.prepare(`INSERT INTO posts VALUES (?, '先锋岗', '地址', 'v', 't', 'c', ?, ?, 500, 'active', 0)`);
    points.forEach((p, i) => insert.run(`P${i}`, p.lat, p.lng));
    v1.close();

    const store = openSqliteStore(file);
    const cells = store.db.prepare('SELECT id, cell FROM posts ORDER BY id').all() as { id: string; cell: number }[];
    expect(cells.map((c) => c.cell)).toEqual(points.map(cellOf));
    for (const [i, p] of points.entries()) expect((await store.posts.near(p, 1))[0].post.id).toBe(`P${i}`);
    await store.close();
  });

  it('numbers migrations strictly upward from 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});
