/**
 * The repair command (npm run repair): rebuilding every aggregate from the raw scans gives back exactly the figures
 * the dashboard showed, for scans made through the real landing path; and it restores aggregates that were lost.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { runTick } from '~/cloudfunctions/domain/cron/tick';
import { NO_PUSH } from '~/cloudfunctions/domain/context';
import { repair } from '~/scripts/repair';
import { Client, demoDataset } from '../support/local-harness';
import { awayFromPosts, DAY, recordScans } from './admin-dashboard-fixture';
import { loginAs } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ county: 'demo-county-admin' });
beforeAll(async () => {
  const now = w.h.clock.now;
  const p = w.at.post;
  // 40 scans over 20 days by 16 browsers: some without location, some inside the circle, some from a place outside
  // every circle. Sent as phones send their offline queues: at most 3 a browser at once, and 10 a post from this
  // one address in half an hour, the most the guard counts (scan/guard.ts).
  const visitors = Array.from({ length: 16 }, () => new Client(w.h.url));
  const away = await awayFromPosts(w.h.store, { lat: p.lat + 0.018, lng: p.lng });
  for (let i = 0; i < 40; i++) {
    const location = i % 3 === 0 ? undefined : i % 3 === 1 ? { lat: p.lat, lng: p.lng } : away;
    const res = await visitors[i % 16].call('scan', {
      action: 'land',
      postId: i % 4 === 0 ? w.at.farPost.id : p.id,
      scanId: randomUUID(),
      at: now - (i % 20) * DAY - (i % 5) * 3_600_000,
      ...(location ? { location } : {}),
    });
    expect(res.json.ok).toBe(true);
    expect(res.json.data.scan.recorded).toBe(true);
    if (i % 10 === 9) w.h.clock.now += 31 * 60_000;
  }
  // The timer's run brings the rollups up to date, as it does every 10 minutes.
  const tick = await runTick({ store: w.h.store, now: w.h.clock.now, pusher: NO_PUSH });
  expect(tick.rollup).toMatchObject({ scans: 40, more: false });
});

async function views(): Promise<unknown[]> {
  const calls = [
    { action: 'dashboard', period: { preset: '30d' } },
    { action: 'dashboard', subject: w.at.post.id, period: { preset: '7d' } },
    { action: 'dashboard', subject: w.at.post.villageCode, period: { preset: '90d' } },
    { action: 'coverage', regionCode: w.at.post.townshipCode, days: 30 },
  ];
  const city = await loginAs(w.h, 'demo-admin');
  calls.push({ action: 'dashboard', subject: w.at.farPost.countyCode, period: { preset: '30d' } } as never);
  return Promise.all(
    calls.map(async (body, i) => {
      const res = await (i === 4 ? city : w.county).call('admin', body);
      expect(res.json.ok).toBe(true);
      const { rolledAt: _rolledAt, ...rest } = res.json.data;
      return rest;
    }),
  );
}

test('the dashboard and the coverage page are the same before and after a repair', async () => {
  const before = await views();
  const first = before[1] as { figures: { scans: number; withLocation: number; inCircle: number } };
  expect(first.figures.scans).toBeGreaterThan(0);
  expect(first.figures.withLocation).toBeGreaterThan(first.figures.inCircle);
  // Ten scans from outside every circle, in one cell: a cluster on the coverage page.
  expect((before[3] as { clusters: { scans: number }[] }).clusters.map((c) => c.scans)).toEqual([10]);
  const report = await repair(w.h.store, w.h.clock.now);
  expect(report.scans).toBe(40);
  expect(await views()).toEqual(before);
});

test('aggregates lost from the database come back with a repair', async () => {
  const before = await views();
  w.h.store.db.exec(
    'DELETE FROM daily_stats; DELETE FROM hour_stats; DELETE FROM cum_stats; DELETE FROM outside_cells',
  );
  const broken = (await views()) as { figures: { scans: number } }[];
  expect(broken[0].figures.scans).toBe(0);
  await repair(w.h.store, w.h.clock.now);
  expect(await views()).toEqual(before);
});

test('npm run repair -- --db <file> prints what it did and how long it took', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'pp-repair-')), 'pioneer.db');
  const store = openSqliteStore(db);
  await store.load(demoDataset());
  await recordScans(store, w.at.post, Date.now(), 3);
  await store.close();
  const out = spawnSync('npx', ['tsx', 'scripts/repair.ts', '--db', db], { encoding: 'utf8', timeout: 60_000 });
  expect(out.status).toBe(0);
  expect(out.stdout).toMatch(/read 3 scans, rebuilt every aggregate in \d+ ms/);
  const missing = spawnSync('npx', ['tsx', 'scripts/repair.ts', '--db', `${db}.none`], { encoding: 'utf8' });
  expect(missing.status).toBe(1);
  expect(missing.stderr).toMatch(/does not exist/);
}, 60_000);
