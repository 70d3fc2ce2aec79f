/**
 * The store contract for service points admins run (服务点管理) and routing by channel: forChannel, create, update,
 * and the list of admins of a region (users.adminsIn). Registered by runStoreContract (store-contract.ts).
 */
import type { ServicePoint, User } from '~/types/domain';
import type { Store } from '~/cloudfunctions/store/port';
import { CITY, COUNTY, fixture, TOWNSHIP_A, TOWNSHIP_B } from './store-fixture';
import { describeLoaded } from './store-contract-describe';

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

function newPoint(id: string, over: Partial<ServicePoint> = {}): ServicePoint {
  return {
    id,
    kind: 'legalAidStation',
    name: `洮北区妇女法律援助工作站 ${id}`,
    regionCode: TOWNSHIP_B,
    address: '白城市洮北区党群服务中心',
    phone: '0436-3221234',
    hours: '工作日 8:30-17:00',
    lat: 45.66,
    lng: 122.95,
    stars: null,
    note: '',
    channels: ['aidWomen', 'handover'],
    ...over,
  };
}

function admin(openid: string, regionCode: string, role: User['role'] = 'admin'): User {
  return { openid, role, regionCode, label: openid, volunteerId: null, serviceId: null };
}

/** Registers the service-point and admin-list cases; `store` gives the fresh store of the running test. */
export function serviceContract(store: () => Store): void {
  describeLoaded('service points by channel', store, fixture, () => {
    it('lists the points serving a channel in id order, up to the limit, and nothing for an unserved one', async () => {
      expect(ids(await store().services.forChannel('mediation', 10))).toEqual(['J01', 'J02', 'M01']);
      expect(ids(await store().services.forChannel('handover', 10))).toEqual(['A01', 'J01', 'J02']);
      expect(ids(await store().services.forChannel('mediation', 2))).toEqual(['J01', 'J02']);
      expect(await store().services.forChannel('aidStudent', 10)).toEqual([]);
      expect(await store().services.forChannel('mediation', 0)).toEqual([]);
    });

    it('creates a point once: a taken id writes nothing and keeps the stored one', async () => {
      const point = newPoint('W01');
      expect(await store().services.create(point)).toBe(true);
      expect(await store().services.byId('W01')).toEqual(point);
      expect(ids(await store().services.forChannel('aidWomen', 10))).toEqual(['W01']);
      expect(await store().services.create(newPoint('W01', { name: '另一个' }))).toBe(false);
      expect(await store().services.create(newPoint('J01'))).toBe(false);
      expect((await store().services.byId('W01'))?.name).toBe(point.name);
      expect((await store().services.byId('J01'))?.kind).toBe('judicialOffice');
    });

    it('replaces a stored point whole, channels and place included; a missing one is not created', async () => {
      const j01 = (await store().services.byId('J01')) as ServicePoint;
      const moved = { ...j01, name: '新立司法所', channels: ['handover' as const], lat: null, lng: null };
      expect(await store().services.update(moved)).toBe(true);
      expect(await store().services.byId('J01')).toEqual(moved);
      expect(ids(await store().services.forChannel('mediation', 10))).toEqual(['J02', 'M01']);
      // Without a place it is no one's nearest office any more.
      expect((await store().services.nearest(['judicialOffice'], { lat: 45.6, lng: 122.8 }))?.service.id).toBe('J02');
      expect(await store().services.update(newPoint('NOPE'))).toBe(false);
      expect(await store().services.byId('NOPE')).toBeNull();
    });
  });

  describe('admins of a region', () => {
    it('lists bound admins inside the prefix only, openid order, up to the limit', async () => {
      const data = fixture();
      data.users.push(
        admin('o-county', COUNTY),
        admin('o-town-a', TOWNSHIP_A),
        admin('o-town-b', TOWNSHIP_B),
        admin('o-other', '220821'),
        admin('o-staff-a', TOWNSHIP_A, 'staff'),
      );
      await store().load(data);
      const openids = (rows: User[]) => rows.map((u) => u.openid);
      expect(openids(await store().users.adminsIn('2208', 10))).toEqual([
        'o-admin',
        'o-county',
        'o-other',
        'o-town-a',
        'o-town-b',
      ]);
      expect(openids(await store().users.adminsIn(COUNTY, 10))).toEqual(['o-county', 'o-town-a', 'o-town-b']);
      expect(openids(await store().users.adminsIn(TOWNSHIP_A, 10))).toEqual(['o-town-a']);
      expect(openids(await store().users.adminsIn(COUNTY, 2))).toEqual(['o-county', 'o-town-a']);
      expect((await store().users.adminsIn(CITY, 10)).map((u) => u.openid)).toEqual(['o-admin']);
    });
  });
}
