/**
 * admin.dashboard over HTTP on the seeded demo network: figures and the change from the previous period, the
 * drill-down city → county → township → village → post with the same figures at each level, top and idle posts,
 * hours and weekdays, scope and period errors.
 */
import { randomUUID } from 'node:crypto';
import type { DashboardData } from '~/types/api/dashboard';
import type { Post } from '~/types/domain';
import { Client } from '../support/local-harness';
import { DAY, recordScans, villagePosts } from './admin-dashboard-fixture';
import { loginAs } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ city: 'demo-admin', county: 'demo-county-admin' });
let p: Post;
let siblings: Post[];
beforeAll(async () => {
  p = w.at.post;
  siblings = (await villagePosts(w.h.store, p.villageCode)).filter((x) => x.id !== p.id);
  const now = w.h.clock.now;
  // This week: 5 scans of p by two visitors (with locations, 3 inside its circle), 2 of a sibling post.
  await recordScans(w.h.store, p, now - 1 * DAY, 3, { visitor: 'vis-a', distanceM: 100 });
  await recordScans(w.h.store, p, now - 2 * DAY, 2, {
    visitor: 'vis-b',
    distanceM: 900,
    from: { lat: p.lat + 0.01, lng: p.lng },
  });
  await recordScans(w.h.store, siblings[0], now, 2);
  // The week before: 1 scan of p. Long before: 1 scan of the second sibling (it is idle since).
  await recordScans(w.h.store, p, now - 9 * DAY, 1);
  await recordScans(w.h.store, siblings[1], now - 60 * DAY, 1);
  // Through the real landing path too: one scan today.
  const res = await new Client(w.h.url).call('scan', { action: 'land', postId: p.id, scanId: randomUUID() });
  expect(res.json.ok).toBe(true);
  await w.h.store.stats.rollup(1_000_000, now);
});

async function dash(c: Client, body: Record<string, unknown>): Promise<DashboardData> {
  const res = await c.call('admin', { action: 'dashboard', period: { preset: '7d' }, ...body });
  expect(res.json).toMatchObject({ ok: true });
  return res.json.data as DashboardData;
}

test('a post over 7 days: figures, the previous week, the share inside the circle, and a daily trend', async () => {
  const d = await dash(w.city, { subject: p.id });
  expect(d.subject).toEqual({ id: p.id, name: p.name, level: 'post' });
  expect(d.figures).toEqual({ scans: 6, visitors: 3, requests: 0, inCircle: 3, withLocation: 5 });
  expect(d.previous.scans).toBe(1);
  expect(d.period).toMatchObject({ from: '20261121', to: '20261127', prevFrom: '20261114', prevTo: '20261120' });
  expect(d.trendUnit).toBe('day');
  expect(d.trend.map((t) => t.scans)).toEqual([0, 0, 0, 0, 2, 3, 1]);
  expect(d.trend.at(-1)!.label).toBe('11-27');
  expect(d.children).toEqual([]);
  expect(d.trail.map((c) => c.level)).toEqual(['city', 'county', 'township', 'village', 'post']);
});

test('drill-down: each level lists the next, and a child row equals that child opened on its own', async () => {
  const codes = [p.countyCode, p.townshipCode, p.villageCode, p.id];
  let parent = await dash(w.city, {});
  expect(parent.subject).toMatchObject({ id: '220800', level: 'city' });
  expect(parent.children).toHaveLength(5);
  for (const code of codes) {
    const row = parent.children.find((c) => c.id === code)!;
    expect(row).toBeDefined();
    const child = await dash(w.city, { subject: code });
    expect(child.trail.at(-1)!.id).toBe(code);
    const { scans, visitors, requests, inCircle, withLocation } = child.figures;
    expect({ scans, visitors, requests, inCircle, withLocation }).toEqual({
      scans: row.scans,
      visitors: row.visitors,
      requests: row.requests,
      inCircle: row.inCircle,
      withLocation: row.withLocation,
    });
    // The children of a level add up to the level itself.
    expect(parent.children.reduce((s, c) => s + c.scans, 0)).toBe(parent.figures.scans);
    parent = child;
  }
  expect(parent.figures.scans).toBe(6);
});

test('a village lists its posts, retired ones marked, with their active count', async () => {
  const data = (await import('../support/local-harness')).demoDataset();
  const retired = data.posts.find((x) => x.status === 'retired')!;
  const d = await dash(w.city, { subject: retired.villageCode });
  const row = d.children.find((c) => c.id === retired.id)!;
  expect(row).toMatchObject({ level: 'post', retired: true, posts: 0 });
  expect(d.children.filter((c) => !c.retired).every((c) => c.posts === 1)).toBe(true);
});

test('top posts by scans in the period and idle posts with no scan in N days', async () => {
  const d = await dash(w.county, { subject: p.villageCode, idleDays: 30 });
  expect(d.top[0]).toMatchObject({ postId: p.id, scans: 6, lastScanDay: '20261127' });
  expect(d.top[1]).toMatchObject({ postId: siblings[0].id, scans: 2 });
  expect(d.top[0].villageName).toBe(d.subject.name);
  const idleIds = d.idle.posts.map((x) => x.postId);
  expect(idleIds).toContain(siblings[1].id);
  expect(idleIds).not.toContain(p.id);
  expect(d.idle.count).toBe(siblings.length - 1);
  // Never-scanned posts come first, then the longest idle.
  expect(d.idle.posts.at(-1)).toMatchObject({ postId: siblings[1].id, lastScanDay: '20260928' });
  const shorter = await dash(w.county, { subject: p.villageCode, idleDays: 90 });
  expect(shorter.idle.posts.map((x) => x.postId)).not.toContain(siblings[1].id);
  expect(d.rolledAt).toBe(w.h.clock.now);
});

test('hours of day and weekdays add up to the scans of the period', async () => {
  const d = await dash(w.county, {});
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  expect(d.hours).toHaveLength(24);
  expect(d.weekdays).toHaveLength(7);
  expect(sum(d.hours)).toBe(d.figures.scans);
  expect(sum(d.weekdays)).toBe(d.figures.scans);
  // Every scan was made at 10:00 China time.
  expect(d.hours[10]).toBe(d.figures.scans);
  // 2026-11-27 is a Friday.
  expect(d.weekdays[4]).toBeGreaterThanOrEqual(3);
});

test('a township admin asking for another county, or its post → 403; an unknown region → 404', async () => {
  const township = await loginAs(w.h, 'demo-township-admin');
  const own = await dash(township, {});
  expect(own.subject.level).toBe('township');
  expect(own.trail).toHaveLength(1);
  for (const subject of [w.at.farPost.countyCode, w.at.farPost.id, '220800', p.countyCode]) {
    const res = await township.call('admin', { action: 'dashboard', subject, period: { preset: '7d' } });
    expect([res.status, res.json.error.code]).toEqual([403, 'OUT_OF_SCOPE']);
  }
  const unknown = await w.city.call('admin', { action: 'dashboard', subject: '220899', period: { preset: '7d' } });
  expect([unknown.status, unknown.json.error.code]).toEqual([404, 'NOT_FOUND']);
  const noPost = await w.city.call('admin', {
    action: 'dashboard',
    subject: 'p999999999999',
    period: { preset: '7d' },
  });
  expect([noPost.status, noPost.json.error.code]).toEqual([404, 'POST_NOT_FOUND']);
  // Said to an admin about the id they asked for, not the resident's "check the QR code".
  expect(noPost.json.error).toMatchObject({ message: '没有找到先锋岗 p999999999999', field: 'subject' });
  const proto = await w.city.call('admin', { action: 'dashboard', subject: '__proto__', period: { preset: '7d' } });
  expect([proto.status, proto.json.error.message]).toEqual([404, '没有找到先锋岗 __proto__']);
  const volunteer = await loginAs(w.h, 'demo-volunteer');
  expect((await volunteer.call('admin', { action: 'dashboard', period: { preset: '7d' } })).status).toBe(403);
});

test('periods: end before start → 400, custom without dates → 400, after today → 400, all in Chinese', async () => {
  const call = (period: Record<string, unknown>) => w.city.call('admin', { action: 'dashboard', period });
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [{ preset: 'custom', from: '20261120', to: '20261110' }, 'PERIOD_INVERTED', /不能早于/],
    [{ preset: 'custom' }, 'INVALID_INPUT', /开始日期和结束日期/],
    [{ preset: 'custom', from: '20261120' }, 'INVALID_INPUT', /开始日期和结束日期/],
    [{ preset: 'custom', from: '20261120', to: '20261128' }, 'INVALID_INPUT', /结束日期不能晚于今天/],
    [{ preset: 'custom', from: '20241120', to: '20261120' }, 'PERIOD_TOO_LONG', /一年/],
    [{ preset: 'week' }, 'INVALID_INPUT', /统计周期/],
  ];
  for (const [period, code, message] of cases) {
    const res = await call(period);
    expect([res.status, res.json.error.code]).toEqual([400, code]);
    expect(res.json.error.message).toMatch(message);
  }
  const custom = await dash(w.city, { subject: p.id, period: { preset: 'custom', from: '20261101', to: '20261127' } });
  expect(custom.figures.scans).toBe(7);
  expect(custom.period).toMatchObject({ days: 27, prevTo: '20261031' });
});

test('a year: monthly bars, and the county answers inside the time budget', async () => {
  const started = performance.now();
  const d = await dash(w.county, { period: { preset: '365d' } });
  const ms = performance.now() - started;
  expect(d.trendUnit).toBe('month');
  expect(d.trend).toHaveLength(13);
  expect(d.trend.reduce((s, t) => s + t.scans, 0)).toBe(d.figures.scans);
  expect(d.figures.scans).toBe(10);
  expect(ms).toBeLessThan(1000);
});
