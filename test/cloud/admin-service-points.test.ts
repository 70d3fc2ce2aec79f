/**
 * 服务点管理 over SQLite and the CloudBase stand-in: admins create and edit service points of their region with the
 * channels they serve; every bad input is a clear Chinese error that writes nothing; and routing follows the
 * channel an admin set, whatever the point is called.
 */
import { adminRoutes } from '~/cloudfunctions/functions/admin/routes';
import { routeAid, routeMediation } from '~/cloudfunctions/domain/requests/routing';
import type { Dataset } from '~/cloudfunctions/store/port';
import type { Post } from '~/types/domain';
import { countyNetwork } from '../support/county-network';
import { demoDataset } from '../support/local-harness';
import { runner, STORE_NAMES, withBothStores } from './route-runner';

const COUNTY = '220802';
const OTHER_COUNTY = '220821';

function network(): Dataset {
  return countyNetwork([COUNTY, OTHER_COUNTY], {
    volunteers: [],
    users: demoDataset().users.filter((u) => u.role === 'admin'),
  });
}
const data = network();
const countyAdmin = data.users.find((u) => u.regionCode === COUNTY)!.openid;
const townshipAdmin = data.users.find((u) => u.regionCode.length === 9)!;
const TOWNSHIP = townshipAdmin.regionCode;
const post = data.posts.find((p) => p.townshipCode === TOWNSHIP && p.status === 'active') as Post;
const otherTownship = data.regions.find((r) => r.parentCode === COUNTY && r.code !== TOWNSHIP)!.code;

const station = (over: Record<string, unknown> = {}) => ({
  action: 'saveServicePoint',
  kind: 'legalAidStation',
  name: '新立社区法律援助工作站',
  regionCode: TOWNSHIP,
  address: '白城市洮北区新立社区党群服务中心',
  phone: '0436-3229876',
  hours: '工作日 8:30-17:00',
  lat: post.lat + 0.001,
  lng: post.lng + 0.001,
  channels: ['aidWomen', 'handover'],
  ...over,
});

const stores = withBothStores(network);

describe.each(STORE_NAMES)('service points over %s', (name) => {
  const s = () => stores.named(name);
  const call = () => runner(s().store, 'admin', adminRoutes);

  test('a township admin creates a women’s station: listed in the scope, and women’s applications reach it', async () => {
    const admin = call();
    const res = await admin(townshipAdmin.openid, station());
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ kind: 'legalAidStation', channels: ['aidWomen', 'handover'], editable: true });
    expect(res.data.id).toMatch(/^svc-legalAidStation-[0-9a-f]{12}$/);
    const listed = (await admin(townshipAdmin.openid, { action: 'servicePoints' })).data.points;
    expect(listed.map((p: { id: string }) => p.id)).toContain(res.data.id);
    expect(await routeAid(s().store, post, 'women')).toEqual({ assignee: res.data.id, name: '新立社区法律援助工作站' });

    // Renamed without 妇女 in its name, it still serves the channel; without the channel, it no longer does.
    const renamed = await admin(townshipAdmin.openid, station({ id: res.data.id, name: '新立社区工作站' }));
    expect(renamed.status).toBe(200);
    expect((await routeAid(s().store, post, 'women')).assignee).toBe(res.data.id);
    await admin(townshipAdmin.openid, station({ id: res.data.id, channels: ['handover'] }));
    expect((await routeAid(s().store, post, 'women')).assignee).not.toBe(res.data.id);
  });

  test('a mediation room an admin adds next to a post takes that post’s mediation requests', async () => {
    const res = await call()(countyAdmin, {
      ...station({ kind: 'mediationRoom', name: '老李个人调解室', channels: ['mediation'] }),
      lat: post.lat,
      lng: post.lng,
    });
    expect(res.status).toBe(200);
    expect(await routeMediation(s().store, post)).toEqual({ assignee: res.data.id, name: '老李个人调解室' });
  });

  test('bad input: a clear Chinese error and nothing written', async () => {
    const admin = call();
    const before = (await admin(countyAdmin, { action: 'servicePoints' })).data.points.length;
    const cases: [string, Record<string, unknown>, number, string, RegExp][] = [
      [townshipAdmin.openid, station({ regionCode: otherTownship }), 403, 'OUT_OF_SCOPE', /区域/],
      [countyAdmin, station({ regionCode: OTHER_COUNTY }), 403, 'OUT_OF_SCOPE', /区域/],
      [countyAdmin, station({ phone: '12345' }), 400, 'INVALID_INPUT', /电话号码格式不正确/],
      [countyAdmin, station({ name: '站' }), 400, 'INVALID_INPUT', /名称至少2个字/],
      [countyAdmin, station({ name: '很'.repeat(31) }), 400, 'INVALID_INPUT', /名称不能超过30个字/],
      [countyAdmin, station({ lat: 39.9, lng: 116.4 }), 400, 'OUTSIDE_CITY', /纬度不在本市范围内/],
      [countyAdmin, station({ lng: 126.5 }), 400, 'OUTSIDE_CITY', /经度不在本市范围内/],
      [countyAdmin, station({ lng: null }), 400, 'INVALID_INPUT', /经纬度需同时填写/],
      [countyAdmin, station({ channels: ['aid', 'aid'] }), 400, 'INVALID_INPUT', /服务渠道重复/],
      [countyAdmin, station({ channels: ['everything'] }), 400, 'INVALID_INPUT', /服务渠道不正确/],
      [countyAdmin, station({ kind: 'hotline' }), 400, 'INVALID_INPUT', /服务点类型/],
      [countyAdmin, station({ stars: 5 }), 400, 'INVALID_INPUT', /只有司法所/],
      [countyAdmin, station({ id: 'svc-nope' }), 404, 'NOT_FOUND', /没有找到这个服务点/],
      [countyAdmin, station({ id: 'svc-hotline-12348', kind: 'legalAidCentre' }), 403, 'OUT_OF_SCOPE', /负责的地区/],
      [countyAdmin, station({ createdBy: 'x' }), 400, 'INVALID_INPUT', /./],
    ];
    for (const [who, body, status, code, message] of cases) {
      const res = await admin(who, body);
      expect([JSON.stringify(body).slice(0, 80), res.status, res.error?.code]).toEqual([
        JSON.stringify(body).slice(0, 80),
        status,
        code,
      ]);
      expect(res.error?.message).toMatch(message);
      expect(res.error?.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await admin(countyAdmin, { action: 'servicePoints' })).data.points.length).toBe(before);
  });

  test('editing keeps the kind, and the city’s hotline is not the county’s to change', async () => {
    const admin = call();
    const office = data.services.find((p) => p.kind === 'judicialOffice' && p.regionCode === TOWNSHIP)!;
    const moved = await admin(countyAdmin, {
      ...station({ id: office.id, kind: 'judicialOffice', name: office.name, stars: 5 }),
      channels: ['mediation', 'handover'],
    });
    expect(moved.status).toBe(200);
    expect(await s().store.services.byId(office.id)).toMatchObject({ stars: 5, lat: post.lat + 0.001 });
    const kind = await admin(countyAdmin, station({ id: office.id }));
    expect([kind.status, kind.error?.message]).toEqual([400, '服务点类型不能修改，请新建一个服务点']);
    const city = data.users.find((u) => u.regionCode === '220800')!.openid;
    const hotline = await admin(
      city,
      station({ id: 'svc-hotline-12348', kind: 'legalAidCentre', regionCode: '220800' }),
    );
    expect([hotline.status, hotline.error?.code]).toEqual([403, 'FORBIDDEN']);
    const listed = (await admin(city, { action: 'servicePoints', regionCode: '220800' })).data.points;
    expect(listed.find((p: { id: string }) => p.id === 'svc-hotline-12348').editable).toBe(false);
  });
});

test('the new admin actions are for admins only: workers 403, residents 401, over both stores', async () => {
  for (const s of stores.all()) {
    const call = runner(s.store, 'admin', adminRoutes);
    await s.store.users.put({
      openid: 'o-staff-x',
      role: 'staff',
      regionCode: COUNTY,
      label: '工作人员',
      volunteerId: null,
      serviceId: null,
    });
    const bodies = [
      { action: 'servicePoints' },
      station(),
      { action: 'admins' },
      { action: 'revokeAdmin', openid: townshipAdmin.openid },
      { action: 'inviteCode', code: 'K7M2P9Q4R8TX' },
    ];
    for (const body of bodies) {
      const worker = await call('o-staff-x', body);
      const resident = await call('o-plain-resident', body);
      expect([s.name, body.action, worker.status, resident.status]).toEqual([s.name, body.action, 403, 401]);
    }
    expect(await s.store.users.byOpenid(townshipAdmin.openid)).not.toBeNull();
  }
});
