/**
 * Database round trips of the actions whose cost could grow with the network, over the strict CloudBase stand-in
 * at 20 ms a call: a county of the demo network (1,089 posts in 20 townships) and the same county with twice the
 * posts. The resident's scan, the city and county dashboards and the coverage make the same number of calls in
 * both, within the budgets; the timer catches up a backlog of 30,000 scans over several runs, each within the
 * cron function's timeout, and counts every scan once.
 */
import { randomUUID } from 'node:crypto';
import type { Post } from '~/types/domain';
import type { Dataset } from '~/cloudfunctions/store/port';
import { buildWorld, generateScanDocs, invoke, invokeTick, type CloudWorld } from '../support/cloud-world';
import { countyNetwork } from '../support/county-network';

const NOW = Date.UTC(2026, 10, 27, 2);
const COUNTY = '220802';

function county(): Dataset {
  return countyNetwork(COUNTY);
}

/** The same county with a second post beside each (another plate in the same village). */
function doubled(data: Dataset): Dataset {
  const twins: Post[] = data.posts.map((p) => ({ ...p, id: `${p.id}t`, lat: p.lat + 0.002, name: `${p.name}二号岗` }));
  return { ...data, posts: [...data.posts, ...twins] };
}

interface Measured {
  calls: number;
  ms: number;
}

// Visitors never seen before: the scan window lives in the container's memory, shared by both worlds here.
let visitors = 0;

/** The warm cost of each action (a container that has served one call before). */
async function measure(world: CloudWorld): Promise<Record<string, Measured>> {
  const post = world.data.posts.find((p) => p.status === 'active') as Post;
  const actions: [string, Parameters<typeof invoke>[1], string, Record<string, unknown>][] = [
    ['scan.land', 'scan', 'o-rt-resident', { action: 'land', postId: post.id }],
    ['dashboard.city', 'admin', 'demo-admin', { action: 'dashboard', period: { preset: '365d' } }],
    ['dashboard.county', 'admin', 'demo-county-admin', { action: 'dashboard', period: { preset: '90d' } }],
    ['coverage.county', 'admin', 'demo-county-admin', { action: 'coverage' }],
    ['people.county', 'admin', 'demo-county-admin', { action: 'people', limit: 200 }],
  ];
  const out: Record<string, Measured> = {};
  for (const [name, fn, openid, body] of actions) {
    for (let round = 0; round < 2; round++) {
      // A new visitor each round: a repeat scan within 30 min is answered but not counted, and writes nothing.
      const caller = fn === 'scan' ? `${openid}-${++visitors}` : openid;
      const res = await invoke(world, fn, caller, fn === 'scan' ? { ...body, scanId: randomUUID() } : body);
      expect(res.result.ok).toBe(true);
      out[name] = { calls: res.roundTrips, ms: res.simulatedMs };
    }
  }
  return out;
}

describe('round trips that do not grow with the network', () => {
  let small: Record<string, Measured>;
  let large: Record<string, Measured>;

  beforeAll(async () => {
    const data = county();
    small = await measure(await buildWorld(data, 3_000, NOW));
    large = await measure(await buildWorld(doubled(data), 3_000, NOW, 20, data.posts));
  }, 120_000);

  it('keeps the budgets: a city dashboard ≤ 12 calls, a county dashboard ≤ 12, the coverage ≤ 4', () => {
    expect(small['dashboard.city'].calls).toBeLessThanOrEqual(12);
    expect(small['dashboard.county'].calls).toBeLessThanOrEqual(12);
    expect(small['coverage.county'].calls).toBeLessThanOrEqual(4);
    // scan.land (DESIGN: ≤ 4 round trips): the post, then the scan's writes in three waves (scans.ts).
    expect(small['scan.land'].ms).toBeLessThanOrEqual(4 * 20);
  });

  it('makes the same calls when the county has twice the posts', () => {
    const { ['people.county']: _people, ...rest } = large;
    expect(rest).toEqual({ ...small, ['people.county']: undefined });
  });

  it('lists a page of 200 people in a constant number of waves, not a read per post they serve', () => {
    // The county's posts by the directory, their volunteer counts a query per 1,000 posts side by side, and the
    // page's posts in one `_id` query: twice the posts is one query more, in no extra wave.
    expect(small['people.county'].calls).toBeLessThanOrEqual(12);
    expect(large['people.county'].calls).toBeLessThanOrEqual(small['people.county'].calls + 2);
    expect(large['people.county'].ms).toBe(small['people.county'].ms);
  });
});

describe('the timer catching up a backlog', () => {
  it('folds 30,000 scans and a year of dirty counters over several runs, each within the cron timeout', async () => {
    const data = county();
    const world = await buildWorld(data, 3_000, NOW);
    const before = await world.store.stats.hours('220800', '20251101', '20261231');
    // Stored after the last rollup, stamped by the server in order; and every counter to be summed again.
    const stamp = Date.now() + 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    world.standin.admin.importDocuments(
      'scans',
      generateScanDocs(data.posts, 30_000, NOW, 3, 99).map((d) => ({
        ...d,
        _id: `b${d._id.slice(1)}`,
        insertedAt: new Date(stamp),
      })),
    );
    await world.standin
      .collection('daily_stats')
      .where({ dirty: false })
      .update({ data: { dirty: true } });
    const runs: { ms: number; cpu: number; scans: number; more: boolean }[] = [];
    for (let run = 1; run <= 30; run++) {
      const tick = await invokeTick(world, NOW + run * 600_000);
      const r = tick.report.rollup;
      expect(r).not.toBeNull();
      runs.push({ ms: tick.simulatedMs, cpu: tick.cpuMs, scans: r?.scans ?? 0, more: r?.more ?? false });
      if (!r?.more) break;
    }
    expect(runs.length).toBeGreaterThan(2);
    expect(runs[runs.length - 1].more).toBe(false);
    for (const r of runs) expect(r.ms + r.cpu).toBeLessThan(60_000);
    expect(runs.reduce((n, r) => n + r.scans, 0)).toBe(30_000);
    const after = await world.store.stats.hours('220800', '20251101', '20261231');
    expect(after.reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0)).toBe(30_000);
    expect(await world.standin.collection('daily_stats').where({ dirty: true }).count()).toEqual({ total: 0 });
  }, 300_000);
});
