/**
 * admin.coverage (服务圈覆盖) over the seeded demo network: a village whose posts are retired is found uncovered,
 * a new post beside another overlaps it heavily, out-of-circle scans recorded near each other form a cluster with a
 * suggested location, and the region stays inside the admin's scope.
 */
import type { CoverageData } from '~/types/api/dashboard';
import type { Post } from '~/types/domain';
import { distanceM } from '~/cloudfunctions/geo/distance';
import { CELL_DEG } from '~/cloudfunctions/geo/cells';
import { Client, demoDataset } from '../support/local-harness';
import { awayFromPosts, recordScans } from './admin-dashboard-fixture';
import { loginAs } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ county: 'demo-county-admin' });

async function coverage(c: Client, body: Record<string, unknown> = {}): Promise<CoverageData> {
  const res = await c.call('admin', { action: 'coverage', ...body });
  expect(res.json).toMatchObject({ ok: true });
  return res.json.data as CoverageData;
}

const history = (postId: string, action: 'retire' | 'create') => ({
  postId,
  at: w.h.clock.now,
  by: 'demo-county-admin',
  action,
  summary: '测试',
});

test('the demo gaps are found, and a village whose posts near its committee are retired becomes uncovered', async () => {
  const whole = await coverage(await loginAs(w.h, 'demo-admin'));
  expect(whole.region).toMatchObject({ id: '220800', level: 'city' });
  expect(whole.villages.total).toBe(demoDataset().regions.filter((r) => r.level === 'village').length);
  expect(whole.villages.uncovered.length).toBeGreaterThanOrEqual(10);
  expect(whole.villages.covered + whole.villages.uncovered.length).toBe(whole.villages.total);

  const town = w.at.post.townshipCode;
  const before = await coverage(w.county, { regionCode: town });
  expect(before.villages.uncovered).toEqual([]);
  const village = demoDataset().regions.find((r) => r.parentCode === town && r.code !== w.at.post.villageCode)!;
  // Every active post within 500 m of its committee, its own or a neighbour's.
  const near = (await w.h.store.posts.near(village, 50)).filter((n) => n.distanceM <= 500).map((n) => n.post);
  expect(near.length).toBeGreaterThan(0);
  for (const p of near) await w.h.store.posts.update(p.id, { status: 'retired' }, history(p.id, 'retire'));

  const after = await coverage(w.county, { regionCode: town });
  expect(after.villages.uncovered).toHaveLength(1);
  const gap = after.villages.uncovered[0];
  expect(gap).toMatchObject({ code: village.code, name: village.name, lat: village.lat, lng: village.lng });
  expect(gap.townshipName).toBe(after.region.name);
  expect(gap.nearestM!).toBeGreaterThan(500);
  expect(gap.nearestM!).toBeLessThanOrEqual(5000);
  const nearest = (await w.h.store.posts.byId(gap.nearestPostId!))!;
  expect(nearest.status).toBe('active');
  expect(Math.abs(distanceM(village, nearest) - gap.nearestM!)).toBeLessThanOrEqual(1);
  expect(after.villages.covered).toBe(before.villages.covered - 1);
  expect(after.posts.map((p) => p.id)).not.toContain(near[0].id);
});

test('a post placed 60 m from another overlaps it heavily; every listed pair overlaps by half or more', async () => {
  const base = w.at.post;
  const twin: Post = {
    ...base,
    id: 'p99',
    name: '测试重叠先锋岗',
    lat: base.lat + 60 / 111_195,
    createdAt: w.h.clock.now,
  };
  expect(await w.h.store.posts.create([twin], [history(twin.id, 'create')])).toMatchObject({ created: 1 });
  const d = await coverage(w.county, { regionCode: base.townshipCode });
  const pair = d.overlaps.find((o) => [o.a.id, o.b.id].sort().join() === [base.id, twin.id].sort().join())!;
  expect(pair).toBeDefined();
  expect(pair.distanceM).toBe(60);
  expect(pair.overlapPct).toBeGreaterThan(90);
  expect(d.overlaps.length).toBeLessThanOrEqual(200);
  const keys = d.overlaps.map((o) => `${o.a.id}|${o.b.id}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(d.overlaps.every((o) => o.overlapPct >= 50 && o.a.id < o.b.id)).toBe(true);
  expect(d.overlaps.map((o) => o.overlapPct)).toEqual([...d.overlaps.map((o) => o.overlapPct)].sort((x, y) => y - x));
});

test('out-of-circle scans from two touching cells form one cluster; a lone cell with few scans does not', async () => {
  const p = w.at.post;
  const spot = await awayFromPosts(w.h.store, { lat: p.lat + 0.02, lng: p.lng + 0.02 });
  const beside = { lat: spot.lat + CELL_DEG, lng: spot.lng };
  const lone = await awayFromPosts(w.h.store, { lat: p.lat - 0.03, lng: p.lng });
  const now = w.h.clock.now;
  await recordScans(w.h.store, p, now - 86_400_000, 8, { distanceM: 2500, from: spot });
  await recordScans(w.h.store, p, now, 5, { distanceM: 2600, from: beside });
  await recordScans(w.h.store, p, now, 5, { distanceM: 3300, from: lone });
  // The thin background: single scans from just beyond the circle, each in a cell of its own.
  for (let k = 0; k < 12; k++) {
    await recordScans(w.h.store, p, now, 1, { distanceM: 700, from: { lat: p.lat - 0.006, lng: p.lng + k * 0.01 } });
  }
  // Scans older than the window are left out.
  await recordScans(w.h.store, p, now - 20 * 86_400_000, 30, { distanceM: 3300, from: lone });
  await w.h.store.stats.rollup(1_000_000, now);

  const d = await coverage(w.county, { regionCode: p.townshipCode, days: 7 });
  expect(d.days).toBe(7);
  expect(d.clusters).toHaveLength(1);
  const c = d.clusters[0];
  expect(c).toMatchObject({ scans: 13, cells: 2, townshipName: d.region.name });
  // The suggested place is the scan-weighted centre: closer to the busier cell.
  expect(distanceM(c, spot)).toBeLessThan(150);
  expect(c.lat).toBeGreaterThan(spot.lat - CELL_DEG);
  expect(c.nearestM!).toBeGreaterThan(500);
  expect(c.nearestPostId).not.toBeNull();
  const wide = await coverage(w.county, { regionCode: p.townshipCode, days: 30 });
  expect(wide.clusters.map((k) => k.scans)).toEqual([35, 13]);
  expect(d.bounds.maxLat).toBeGreaterThanOrEqual(c.lat);

  // A change of window asks for the clusters alone: the same clusters, none of the circles or villages.
  for (const [days, whole] of [
    [7, d],
    [30, wide],
  ] as const) {
    const res = await w.county.call('admin', { action: 'coverageClusters', regionCode: p.townshipCode, days });
    expect(res.json).toEqual({ ok: true, data: { clusters: whole.clusters, days } });
  }
});

test('the clusters alone keep the same scope and input rules as the whole coverage', async () => {
  const far = await w.county.call('admin', { action: 'coverageClusters', regionCode: w.at.farPost.countyCode });
  expect([far.status, far.json.error.code]).toEqual([403, 'OUT_OF_SCOPE']);
  const village = await w.county.call('admin', { action: 'coverageClusters', regionCode: w.at.post.villageCode });
  expect([village.status, village.json.error.code]).toEqual([400, 'INVALID_INPUT']);
  const short = await w.county.call('admin', { action: 'coverageClusters', days: 3 });
  expect(short.status).toBe(400);
  const worker = await (await loginAs(w.h, 'demo-volunteer')).call('admin', { action: 'coverageClusters' });
  expect([worker.status, worker.json.error.code]).toEqual([403, 'FORBIDDEN']);
});

test('the scope holds: another county → 403, a township admin gets their township, a village code → 400', async () => {
  const res = await w.county.call('admin', { action: 'coverage', regionCode: w.at.farPost.countyCode });
  expect([res.status, res.json.error.code]).toEqual([403, 'OUT_OF_SCOPE']);
  const township = await coverage(await loginAs(w.h, 'demo-township-admin'));
  expect(township.region.level).toBe('township');
  expect(township.posts.length).toBeGreaterThan(0);
  const bad = await w.county.call('admin', { action: 'coverage', regionCode: w.at.post.villageCode });
  expect([bad.status, bad.json.error.code]).toEqual([400, 'INVALID_INPUT']);
  const days = await w.county.call('admin', { action: 'coverage', days: 3 });
  expect(days.status).toBe(400);
});
