/**
 * The store contract: what every adapter of cloudfunctions/store/port/ must do, pinned once and run against each
 * (store-sqlite.test.ts, store-cloudbase.test.ts). Scan and statistics cases live in store-contract-scans.ts,
 * requests and finding posts in store-contract-requests.ts.
 */
import type { GeoPoint, ServiceKind } from '~/types/domain';
import { distanceM } from '~/cloudfunctions/geo/distance';
import type { Dataset, NearestService, Store } from '~/cloudfunctions/store/port';
import { networkContract } from './store-contract-network';
import { photoContract } from './store-contract-photos';
import { recordContract } from './store-contract-records';
import { requestContract } from './store-contract-requests';
import { rollupContract } from './store-contract-rollup';
import { boardContract } from './store-contract-board';
import { scanContract } from './store-contract-scans';
import { serviceContract } from './store-contract-services';
import { locateContract } from './store-contract-locate';
import { workContract } from './store-contract-work';
import { CITY, COUNTY, fixture, largeDataset, lcg, TOWNSHIP_A, TRAP_POINT, VILLAGE_A1 } from './store-fixture';

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** The nearest by brute force over a dataset: the answer every adapter must give. */
function bruteNearest(data: Dataset, kinds: ServiceKind[], p: GeoPoint): NearestService | null {
  let best: NearestService | null = null;
  for (const s of data.services) {
    if (!kinds.includes(s.kind) || s.lat === null || s.lng === null) continue;
    const d = distanceM(p, { lat: s.lat, lng: s.lng });
    if (best === null || d < best.distanceM) best = { service: s, distanceM: d };
  }
  return best;
}

/** Registers the contract's describes for one adapter; `makeStore` gives a fresh, empty store per test. */
export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('load', () => {
      it('loads a dataset once and refuses a second load, leaving the first intact', async () => {
        await store.load(fixture());
        await expect(store.load(fixture())).rejects.toThrow();
        expect(ids(await store.posts.page(null, 100))).toEqual(['P001', 'P002', 'P003', 'P004', 'P005', 'P006']);
        expect((await store.regions.byCode(CITY))?.name).toBe('白城市');
        expect(await store.users.list(100)).toHaveLength(3);
      });

      it('writes nothing when the dataset repeats an id, so the corrected dataset still loads', async () => {
        const bad = fixture();
        bad.posts.push({ ...bad.posts[0], name: '重复' });
        await expect(store.load(bad)).rejects.toThrow();
        expect(await store.regions.byCode(CITY)).toBeNull();
        expect(await store.posts.page(null, 100)).toEqual([]);
        expect(await store.users.list(100)).toEqual([]);
        expect(await store.services.nearest(['judicialOffice'], TRAP_POINT)).toBeNull();
        await store.load(fixture());
        expect(await store.posts.page(null, 100)).toHaveLength(6);
      });
    });

    describe('over the hand-made network', () => {
      beforeEach(async () => {
        await store.load(fixture());
      });

      it('finds regions by code, one or several, leaving unknown codes out', async () => {
        expect(await store.regions.byCode(COUNTY)).toEqual(fixture().regions[1]);
        expect(await store.regions.byCode('999999')).toBeNull();
        const found = await store.regions.byCodes([VILLAGE_A1, CITY, '999999', TOWNSHIP_A]);
        expect(found.map((r) => r.code).sort()).toEqual([CITY, TOWNSHIP_A, VILLAGE_A1].sort());
        expect(found.find((r) => r.code === VILLAGE_A1)).toEqual(fixture().regions[4]);
        expect(await store.regions.byCodes([])).toEqual([]);
      });

      it('finds a post by id, retired ones included, exactly as loaded', async () => {
        expect(await store.posts.byId('P001')).toEqual(fixture().posts[0]);
        expect((await store.posts.byId('P004'))?.status).toBe('retired');
        expect(await store.posts.byId('P999')).toBeNull();
      });

      it('pages posts in id order after a cursor, with an optional status filter', async () => {
        expect(ids(await store.posts.page(null, 2))).toEqual(['P001', 'P002']);
        expect(ids(await store.posts.page('P002', 2))).toEqual(['P003', 'P004']);
        expect(ids(await store.posts.page('P006', 2))).toEqual([]);
        expect(ids(await store.posts.page(null, 10, 'active'))).toEqual(['P001', 'P002', 'P003', 'P005', 'P006']);
        expect(ids(await store.posts.page('P003', 10, 'active'))).toEqual(['P005', 'P006']);
        expect(ids(await store.posts.page(null, 10, 'retired'))).toEqual(['P004']);
      });

      it('lists the volunteers serving a post, mediators first then by name, up to the limit', async () => {
        const all = await store.volunteers.forPost('P001', 10);
        expect(ids(all)).toEqual(['V1', 'V3', 'V2', 'V5']);
        const v1 = all[0];
        expect({ ...v1, postIds: [...v1.postIds].sort() }).toEqual(fixture().volunteers[0]);
        expect(ids(await store.volunteers.forPost('P001', 2))).toEqual(['V1', 'V3']);
        expect(ids(await store.volunteers.forPost('P005', 10))).toEqual(['V5']);
        expect(await store.volunteers.forPost('P006', 10)).toEqual([]);
      });

      it('finds the really nearest service of the asked kinds, with its distance', async () => {
        const seat = { lat: 45.61, lng: 122.81 };
        const office = await store.services.nearest(['judicialOffice'], seat);
        expect(office?.service).toEqual(fixture().services[0]);
        expect(office?.distanceM).toBeCloseTo(distanceM(seat, { lat: 45.6, lng: 122.8 }), 6);
        expect(
          (await store.services.nearest(['judicialOffice', 'mediationRoom'], { lat: 45.62, lng: 122.849 }))?.service.id,
        ).toBe('M01');
        // The corner of the first box holds S01; S02, just outside it, is closer.
        expect((await store.services.nearest(['legalAidStation'], TRAP_POINT))?.service.id).toBe('S02');
        // More than 2° away: found by the last, unbounded step.
        expect((await store.services.nearest(['notary'], seat))?.service.id).toBe('N01');
      });

      it('answers null when no located service of the kinds exists', async () => {
        expect(await store.services.nearest(['arbitration'], TRAP_POINT)).toBeNull();
        expect(await store.services.nearest(['hotline'], TRAP_POINT)).toBeNull();
        expect(await store.services.nearest([], TRAP_POINT)).toBeNull();
      });

      it('finds bound users by openid and lists them', async () => {
        expect(await store.users.byOpenid('o-mediator')).toEqual(fixture().users[1]);
        expect(await store.users.byOpenid('o-nobody')).toBeNull();
        const all = await store.users.list(10);
        expect(all.map((u) => u.openid).sort()).toEqual(['o-admin', 'o-mediator', 'o-staff']);
        expect(await store.users.list(2)).toHaveLength(2);
      });

      it('keeps small settings: missing is null, set overwrites', async () => {
        expect(await store.meta.get('visitorSalt')).toBeNull();
        await store.meta.set('visitorSalt', 'salt-1');
        await store.meta.set('other', 'x');
        await store.meta.set('visitorSalt', 'salt-2');
        expect(await store.meta.get('visitorSalt')).toBe('salt-2');
        expect(await store.meta.get('other')).toBe('x');
      });
    });

    describe('past one page of 100', () => {
      const N = 250;
      let data: Dataset;
      beforeEach(async () => {
        data = largeDataset(N);
        await store.load(data);
      });

      it('pages posts, users and regions beyond 100 rows', async () => {
        const all = await store.posts.page(null, N + 10);
        expect(ids(all)).toEqual(ids(data.posts));
        const active = data.posts.filter((p) => p.status === 'active');
        expect(ids(await store.posts.page(active[10].id, 150, 'active'))).toEqual(ids(active.slice(11, 161)));
        expect(await store.users.list(N + 10)).toHaveLength(N);
        expect(await store.users.list(120)).toHaveLength(120);
        const codes = data.regions.slice(40, 190).map((r) => r.code);
        const found = await store.regions.byCodes([...codes, '220802999999']);
        expect(found.map((r) => r.code).sort()).toEqual(codes);
      });

      it('orders more than 100 volunteers of one post: mediators first, then by name', async () => {
        const expected = [...data.volunteers]
          .sort(
            (a, b) => Number(b.isMediator) - Number(a.isMediator) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
          )
          .map((v) => v.id);
        expect(ids(await store.volunteers.forPost('G0000', 180))).toEqual(expected.slice(0, 180));
      });

      it('agrees with brute force on the nearest service from many points', async () => {
        const rnd = lcg(7);
        const kindSets: ServiceKind[][] = [['judicialOffice'], ['notary', 'mediationRoom'], ['legalAidStation']];
        for (let i = 0; i < 40; i++) {
          const p = { lat: 41 + rnd() * 8, lng: 119 + rnd() * 10 };
          const kinds = kindSets[i % kindSets.length];
          const want = bruteNearest(data, kinds, p);
          const got = await store.services.nearest(kinds, p);
          expect(got?.service.id).toBe(want?.service.id);
          expect(got?.distanceM).toBeCloseTo(want?.distanceM ?? NaN, 6);
        }
      });
    });

    scanContract(() => store);
    locateContract(() => store);
    requestContract(() => store);
    workContract(() => store);
    recordContract(() => store);
    networkContract(() => store);
    rollupContract(() => store);
    serviceContract(() => store);
    boardContract(() => store);
    photoContract(() => store);
  });
}
