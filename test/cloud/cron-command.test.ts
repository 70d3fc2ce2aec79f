/**
 * `npm run cron` (scripts/cron.ts): `--hours-later` runs the promise timer ahead for a demo only. It is refused in
 * production mode, on a database marked production whatever DEMO says, and past 720 hours (as /dev/cron); a
 * refused run changes nothing. A plain run still works on a production database. Whatever time a tick is given,
 * the rollup never moves the visitor-day horizon past the real time's (store/sqlite/rollup.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_MODE_KEY } from '~/cloudfunctions/local/db-mode';
import { ROLLUP_META, visitorHorizon } from '~/cloudfunctions/store/rollups';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { dayKey } from '~/types/day';
import { runCron } from '~/scripts/cron';
import { generateDataset, networkOnly, seedDatabase } from '~/scripts/seed/index';
import { CITY, VILLAGE_A1, fixture, scanRecord } from './store-fixture';

jest.setTimeout(60_000);

const DAY_MS = 24 * 3_600_000;

async function database(mode: 'demo' | 'production'): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'pp-cron-')), 'pp.db');
  await seedDatabase(db, { dataset: networkOnly(generateDataset()), mode });
  return db;
}

async function rolledAt(db: string): Promise<string | null> {
  const store = openSqliteStore(db);
  try {
    return await store.meta.get(ROLLUP_META.rolledAt);
  } finally {
    await store.close();
  }
}

/** Runs the command; resolves with its exit code and what it printed. */
async function cron(argv: string[], env: Record<string, string | undefined>) {
  const lines: string[] = [];
  const out = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
  const code = await runCron(argv, env, out);
  return { code, text: lines.join('\n') };
}

test('--hours-later is refused in production mode, and nothing runs', async () => {
  const db = await database('demo');
  const run = await cron(['--db', db, '--hours-later', '100'], { DEMO: '0' });
  expect(run.code).toBe(1);
  expect(run.text).toMatch(/生产模式不能提前运行计时/);
  expect(await rolledAt(db)).toBeNull();
  // NODE_ENV=production is production mode too, whatever DEMO says.
  expect((await cron(['--db', db, '--hours-later', '1'], { NODE_ENV: 'production' })).code).toBe(1);
});

test('--hours-later is refused on a database marked production even in demo mode, and nothing runs', async () => {
  const db = await database('production');
  const run = await cron(['--db', db, '--hours-later', '25'], { DEMO: '1' });
  expect(run.code).toBe(1);
  expect(run.text).toMatch(/不能在生产数据库上提前运行计时/);
  expect(await rolledAt(db)).toBeNull();
});

test('--hours-later past 720 is refused; up to 720 on a demo database in demo mode runs', async () => {
  const db = await database('demo');
  await expect(cron(['--db', db, '--hours-later', '721'], { DEMO: '1' })).rejects.toThrow(/0 到 720/);
  expect(await rolledAt(db)).toBeNull();
  const run = await cron(['--db', db, '--hours-later', '720'], { DEMO: '1' });
  expect(run).toMatchObject({ code: 0, text: expect.stringMatching(/^cron: \{/) });
  expect(Number(await rolledAt(db))).toBeGreaterThan(Date.now() + 719 * 3_600_000);
});

test('a plain run works on a production database, at the real time', async () => {
  const db = await database('production');
  const before = Date.now();
  const run = await cron(['--db', db], { DEMO: '0' });
  expect(run.code).toBe(0);
  const at = Number(await rolledAt(db));
  expect(at).toBeGreaterThanOrEqual(before);
  expect(at).toBeLessThanOrEqual(Date.now());
  const store = openSqliteStore(db);
  expect(await store.meta.get(DB_MODE_KEY)).toBe('production');
  await store.close();
});

test('a rollup run far ahead keeps the visitor days the real time still counts', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'pp-cron-')), 'pp.db');
  const store = openSqliteStore(db);
  try {
    await store.load(fixture());
    const subjects = ['P001', VILLAGE_A1, CITY];
    const twoDaysAgo = Date.now() - 2 * DAY_MS;
    await store.scans.record(scanRecord('P001', 'visitor-a', twoDaysAgo), subjects);
    // The next day's scan folds the day before into visitor_days.
    await store.scans.record(scanRecord('P001', 'visitor-b', twoDaysAgo + DAY_MS), subjects);
    const days = () => store.db.prepare('SELECT DISTINCT day FROM visitor_days ORDER BY 1').pluck().all();
    expect(days()).toEqual([dayKey(twoDaysAgo)]);
    await store.stats.rollup(3000, Date.now() + 100_000 * 3_600_000);
    expect(days()).toEqual([dayKey(twoDaysAgo)]);
    expect(await store.meta.get(ROLLUP_META.visitorHorizon)).toBe(visitorHorizon(Date.now()));
    // A late scan of visitor-a on that day is still not a new visitor there.
    await store.scans.record(scanRecord('P001', 'visitor-a', twoDaysAgo + 60_000), subjects);
    expect((await store.stats.daily('P001', [dayKey(twoDaysAgo)]))[0]).toMatchObject({ count: 2, unique: 1 });
  } finally {
    await store.close();
  }
});
