/**
 * Finding a post without scanning one, over the local runtime and the demo network: by location the posts whose
 * 500 m circle covers the point come first and the list is really the nearest (checked by brute force); by
 * township the township's active posts; and the county → township tree.
 */
import { distanceM } from '~/cloudfunctions/geo/distance';
import { NEARBY_LIMIT } from '~/types/api/nearby';
import type { GeoPoint } from '~/types/domain';
import { Client, demoDataset, startHarness, type Harness } from '../support/local-harness';

let h: Harness;
let c: Client;
beforeAll(async () => {
  h = await startHarness();
  c = new Client(h.url);
});
afterAll(() => h.close());

/** The nearest active demo posts by brute force. */
function bruteNearest(p: GeoPoint): { id: string; d: number }[] {
  return demoDataset()
    .posts.filter((x) => x.status === 'active')
    .map((x) => ({ id: x.id, d: distanceM(p, x) }))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .slice(0, NEARBY_LIMIT);
}

test('by location: posts whose circle covers the point first, and the list is the really nearest', async () => {
  const posts = demoDataset().posts.filter((p) => p.status === 'active');
  const points: GeoPoint[] = [0, 997, 2500, 4100].map((i) => ({
    lat: posts[i].lat + 0.002,
    lng: posts[i].lng - 0.001,
  }));
  points.push({ lat: 45.62, lng: 122.84 }); // the city centre
  for (const p of points) {
    const res = await c.call('resident', { action: 'nearbyPosts', location: p });
    expect(res.status).toBe(200);
    const data = res.json.data;
    expect(data.origin).toBe('location');
    const want = bruteNearest(p);
    expect(data.posts.map((x: { id: string }) => x.id).sort()).toEqual(want.map((x) => x.id).sort());
    const within = want.filter((x) => x.d <= 500);
    expect(data.withinCount).toBe(within.length);
    expect(data.posts.slice(0, within.length).map((x: { id: string }) => x.id)).toEqual(within.map((x) => x.id));
    for (const [i, x] of data.posts.entries()) {
      expect(x.inCircle).toBe(i < within.length);
      expect(x.distanceM).toBe(Math.round(want.find((w) => w.id === x.id)!.d));
      expect(x.villageName).not.toBe('');
    }
  }
});

test('by township: its active posts in id order, without distances', async () => {
  const data = demoDataset();
  const township = data.regions.find((r) => r.level === 'township')!;
  const res = await c.call('resident', { action: 'nearbyPosts', townshipCode: township.code });
  const want = data.posts
    .filter((p) => p.townshipCode === township.code && p.status === 'active')
    .map((p) => p.id)
    .sort()
    .slice(0, NEARBY_LIMIT);
  expect(res.json.data.origin).toBe('township');
  expect(res.json.data.withinCount).toBe(0);
  expect(res.json.data.posts.map((p: { id: string }) => p.id)).toEqual(want);
  expect(res.json.data.posts[0]).toMatchObject({ distanceM: null, inCircle: null, radiusM: 500 });
});

test('location and township are one or the other, with a Chinese message', async () => {
  for (const body of [{}, { location: { lat: 45.6, lng: 122.8 }, townshipCode: '220802001' }]) {
    const res = await c.call('resident', { action: 'nearbyPosts', ...body });
    expect(res.status).toBe(400);
    expect(res.json.error).toEqual({ code: 'INVALID_INPUT', message: '请提供位置或选择乡镇（二选一）' });
  }
});

test('the township tree: 5 counties and 105 townships, ordered by code', async () => {
  const res = await c.call('resident', { action: 'townships' });
  const counties = res.json.data.counties as { code: string; name: string; townships: { code: string }[] }[];
  expect(counties).toHaveLength(5);
  expect(counties.map((x) => x.code)).toEqual([...counties.map((x) => x.code)].sort());
  expect(counties.reduce((n, x) => n + x.townships.length, 0)).toBe(105);
  for (const county of counties) {
    expect(county.townships.length).toBeGreaterThan(0);
    expect(county.townships.map((t) => t.code)).toEqual(county.townships.map((t) => t.code).sort());
    for (const t of county.townships) expect(t.code.startsWith(county.code)).toBe(true);
  }
  expect(counties[0]).toMatchObject({ code: '220802', name: '洮北区' });
});
