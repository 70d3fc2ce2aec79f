/**
 * The store contract, part 3: resident requests and the lookups of finding a post (grid search, townships, region
 * levels, services by kind). Registered by store-contract.ts inside each adapter's describe.
 */
import type { TimelineEntry } from '~/types/api/requests';
import type { GeoPoint } from '~/types/domain';
import { distanceM } from '~/cloudfunctions/geo/distance';
import { NEAR_MAX_M } from '~/cloudfunctions/geo/grid';
import type { Dataset, RequestRow, Store } from '~/cloudfunctions/store/port';
import { fixture, largeDataset, lcg, TOWNSHIP_A, TOWNSHIP_B } from './store-fixture';
import { workRequest } from './store-contract-work';

const T0 = Date.UTC(2026, 10, 28, 2);

/** Request `n`: a pending question about unpaid wages at P001, made at `createdAt`. */
function request(n: number, owner: string, clientId: string, createdAt = T0 + n * 1000): RequestRow {
  return workRequest(n, {
    owner,
    clientId,
    title: '法律咨询 · 拖欠工资',
    payload: { category: 'wages', text: '老板拖欠三个月工资怎么办', phone: 'v1:encrypted', hideName: false },
    createdAt,
    updatedAt: createdAt,
    dueAt: createdAt + 24 * 3600 * 1000,
  });
}
const FIRST: TimelineEntry[] = [{ at: T0, status: 'pending', by: '先锋岗', note: '已转交 新立社区的法律明白人' }];

/** The nearest active posts within NEAR_MAX_M by brute force: what posts.near must answer. */
function bruteNear(data: Dataset, p: GeoPoint, limit: number): string[] {
  return data.posts
    .filter((x) => x.status === 'active')
    .map((x) => ({ id: x.id, d: distanceM(p, x) }))
    .filter((x) => x.d <= NEAR_MAX_M)
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.id);
}

/** Registers the request and lookup cases; `current` gives the test's fresh store. */
export function requestContract(current: () => Store): void {
  describe('requests', () => {
    it('stores a request with its first history entry and reads it back exactly', async () => {
      const store = current();
      const r = request(1, 'o-a', 'c-1');
      expect(await store.requests.create(r, FIRST)).toEqual({ id: r.id, created: true });
      expect(await store.requests.byId(r.id)).toEqual({ ...r, timeline: FIRST, answers: [] });
      expect(await store.requests.byId('r000000000000000000000404')).toBeNull();
    });

    it('keeps one request per (owner, clientId): a repeat answers the stored id and writes nothing', async () => {
      const store = current();
      await store.requests.create(request(1, 'o-a', 'c-1'), FIRST);
      const again = { ...request(2, 'o-a', 'c-1'), title: '重复' };
      expect(await store.requests.create(again, FIRST)).toEqual({ id: request(1, 'o-a', 'c-1').id, created: false });
      expect(await store.requests.byId(again.id)).toBeNull();
      expect((await store.requests.byOwner('o-a', 10)).map((x) => x.title)).toEqual(['法律咨询 · 拖欠工资']);
      // The same clientId from someone else is their own request.
      expect((await store.requests.create(request(3, 'o-b', 'c-1'), FIRST)).created).toBe(true);
    });

    it("lists an owner's requests newest first up to the limit, counts them since a time, never others'", async () => {
      const store = current();
      for (let i = 1; i <= 5; i++) await store.requests.create(request(i, 'o-a', `c-${i}`), FIRST);
      await store.requests.create(request(6, 'o-b', 'c-6'), FIRST);
      expect((await store.requests.byOwner('o-a', 10)).map((x) => x.clientId)).toEqual([
        'c-5',
        'c-4',
        'c-3',
        'c-2',
        'c-1',
      ]);
      expect(await store.requests.byOwner('o-a', 2)).toEqual([request(5, 'o-a', 'c-5'), request(4, 'o-a', 'c-4')]);
      expect(await store.requests.byOwner('o-nobody', 10)).toEqual([]);
      expect(await store.requests.countSince('o-a', T0 + 3000)).toBe(3);
      expect(await store.requests.countSince('o-a', 0)).toBe(5);
      expect(await store.requests.countSince('o-b', T0 + 7000)).toBe(0);
    });

    it("deletes every request of one owner with its history and nothing of anyone else's", async () => {
      const store = current();
      for (let i = 1; i <= 3; i++) await store.requests.create(request(i, 'o-a', `c-${i}`), FIRST);
      await store.requests.create(request(4, 'o-b', 'c-4'), FIRST);
      expect(await store.requests.deleteByOwner('o-a')).toBe(3);
      expect(await store.requests.byOwner('o-a', 10)).toEqual([]);
      expect(await store.requests.byId(request(1, 'o-a', 'c-1').id)).toBeNull();
      expect(await store.requests.byId(request(4, 'o-b', 'c-4').id)).not.toBeNull();
      expect(await store.requests.deleteByOwner('o-a')).toBe(0);
      // The clientId is free again once the owner's data is gone.
      expect((await store.requests.create(request(1, 'o-a', 'c-1'), FIRST)).created).toBe(true);
    });
  });

  describe('finding posts', () => {
    it('finds the nearest active posts around a point, nearest first, retired ones left out', async () => {
      const store = current();
      await store.load(fixture());
      const p = { lat: 45.6111, lng: 122.8311 };
      const near = await store.posts.near(p, 10);
      expect(near.map((n) => n.post.id)).toEqual(['P001', 'P002', 'P003', 'P005', 'P006']);
      expect(near[0].post).toEqual(fixture().posts[0]);
      expect(near[0].distanceM).toBeCloseTo(distanceM(p, fixture().posts[0]), 6);
      expect((await store.posts.near(p, 2)).map((n) => n.post.id)).toEqual(['P001', 'P002']);
      expect(await store.posts.near(p, 0)).toEqual([]);
      // Farther than NEAR_MAX_M from every post.
      expect(await store.posts.near({ lat: 44.0, lng: 125.0 }, 10)).toEqual([]);
    });

    it('agrees with brute force on the nearest posts from many points', async () => {
      const store = current();
      const data = largeDataset(250);
      await store.load(data);
      const rnd = lcg(11);
      for (let i = 0; i < 25; i++) {
        const p = { lat: 44.95 + rnd() * 1.1, lng: 121.95 + rnd() * 1.1 };
        const limit = [1, 5, 20][i % 3];
        expect((await store.posts.near(p, limit)).map((n) => n.post.id)).toEqual(bruteNear(data, p, limit));
      }
    });

    it("lists a township's active posts in id order, regions of a level and services of a kind", async () => {
      const store = current();
      await store.load(fixture());
      expect((await store.posts.byTownship(TOWNSHIP_A, 10)).map((x) => x.id)).toEqual(['P001', 'P002', 'P003']);
      expect((await store.posts.byTownship(TOWNSHIP_A, 2)).map((x) => x.id)).toEqual(['P001', 'P002']);
      expect(await store.posts.byTownship('220802999', 10)).toEqual([]);
      expect((await store.regions.byLevel('township')).map((r) => r.code)).toEqual([TOWNSHIP_A, TOWNSHIP_B]);
      expect(await store.regions.byLevel('county')).toEqual([fixture().regions[1]]);
      expect((await store.services.ofKind('judicialOffice', 10)).map((s) => s.id)).toEqual(['J01', 'J02']);
      expect(await store.services.ofKind('legalAidCentre', 10)).toEqual([fixture().services[3]]);
      expect(await store.services.ofKind('judicialOffice', 0)).toEqual([]);
    });
  });
}
