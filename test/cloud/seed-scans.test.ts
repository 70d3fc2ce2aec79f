/**
 * The generated year of scans (scripts/seed/scans.ts) that `npm start` adds to the demo network: the promised
 * number of raw scans over exactly the last 365 days, aggregates rebuilt from them, out-of-circle scans gathered
 * where a post is missing (two places per county), some posts quiet for the last two months.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { distanceM } from '~/cloudfunctions/geo/distance';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { generateDataset, seedDatabase } from '~/scripts/seed/index';
import { missingPosts } from '~/scripts/seed/scans';
import { dayKey } from '~/types/day';

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), 'pp-seed-scans-'));
const file = join(dir, 'year.db');
const END = Date.UTC(2026, 10, 28, 4, 0, 0);
const data = generateDataset();

beforeAll(async () => {
  expect(await seedDatabase(file, { dataset: data, scans: 50_000, endMs: END })).toMatchObject({
    scans: 50_000,
    requests: 150,
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('50,000 raw scans over the 365 days ending now, none in the future, and the city counters agree', async () => {
  const db = new Database(file, { readonly: true });
  const r = db.prepare('SELECT count(*) n, min(at) lo, max(at) hi FROM scans').get() as Record<string, number>;
  db.close();
  expect(r.n).toBe(50_000);
  expect(r.hi).toBeLessThanOrEqual(END);
  expect(dayKey(r.lo) >= dayKey(END - 364 * 86400_000)).toBe(true);
  const store = openSqliteStore(file);
  try {
    const [total] = await store.stats.periodTotals(['220800'], dayKey(END - 364 * 86400_000), dayKey(END));
    expect(total.count).toBe(50_000);
    expect(total.withLocation).toBeGreaterThan(15_000);
    expect(total.inCircle).toBeLessThan(total.withLocation);
  } finally {
    await store.close();
  }
});

test('two places per county lie more than 650 m from every active post, and their scans form outside cells', async () => {
  const villages = data.regions.filter((r) => r.level === 'village');
  const missing = missingPosts(data.posts, villages);
  expect(missing).toHaveLength(10);
  const active = data.posts.filter((p) => p.status === 'active');
  for (const m of missing) expect(Math.min(...active.map((p) => distanceM(p, m.at)))).toBeGreaterThan(650);
  const store = openSqliteStore(file);
  try {
    const cells = await store.stats.outsideCells('220802', dayKey(END - 364 * 86400_000), dayKey(END));
    const near = (m: (typeof missing)[number]) =>
      cells.filter((c) => distanceM(c, m.at) < 400).reduce((s, c) => s + c.count, 0);
    for (const m of missing.filter((x) => x.countyCode === '220802')) expect(near(m)).toBeGreaterThan(40);
  } finally {
    await store.close();
  }
});

test('some active posts have scans but none in the last 60 days (what 闲置先锋岗 lists)', async () => {
  const store = openSqliteStore(file);
  try {
    const ids = data.posts.filter((p) => p.status === 'active').map((p) => p.id);
    const last = await store.stats.lastScanDays(ids);
    const cutoff = dayKey(END - 60 * 86400_000);
    const quiet = [...last.values()].filter((d) => d < cutoff);
    expect(quiet.length).toBeGreaterThan(20);
  } finally {
    await store.close();
  }
});
