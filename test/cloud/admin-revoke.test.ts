/**
 * Revoking admins (撤销管理员) over SQLite and the CloudBase stand-in: every admin caller × every target. Only an
 * admin strictly above the target's region may revoke (city → county and township, county → its townships); never
 * oneself, a peer or one above. A revocation is audit-logged and the revoked person's next call has no admin rights.
 */
import { adminRoutes } from '~/cloudfunctions/functions/admin/routes';
import { workRoutes } from '~/cloudfunctions/functions/work/routes';
import type { Dataset, Store } from '~/cloudfunctions/store/port';
import type { User } from '~/types/domain';
import { regionRow, userRow } from '../support/rows';
import { runner, STORE_NAMES, withBothStores } from './route-runner';

const region = regionRow;
const REGIONS = [
  region('220800', '白城市', 'city', null),
  region('220802', '洮北区', 'county', '220800'),
  region('220821', '镇赉县', 'county', '220800'),
  region('220802001', '新立街道', 'township', '220802'),
  region('220802100', '平安镇', 'township', '220802'),
  region('220821100', '镇赉镇', 'township', '220821'),
];
const user = (openid: string, regionCode: string, role: User['role'] = 'admin'): User =>
  userRow(openid, role, regionCode);
const USERS = [
  user('city', '220800'),
  user('city2', '220800'),
  user('countyA', '220802'),
  user('countyB', '220821'),
  user('townA1', '220802001'),
  user('townA2', '220802100'),
  user('townB1', '220821100'),
  user('staffA1', '220802001', 'staff'),
];
const ADMINS = USERS.filter((u) => u.role === 'admin').map((u) => u.openid);

/** Who may revoke whom, written out by hand (the rule's own function is not used to expect its answers). */
const ALLOWED: Record<string, string[]> = {
  city: ['countyA', 'countyB', 'townA1', 'townA2', 'townB1'],
  city2: ['countyA', 'countyB', 'townA1', 'townA2', 'townB1'],
  countyA: ['townA1', 'townA2'],
  countyB: ['townB1'],
  townA1: [],
  townA2: [],
  townB1: [],
};
/** A target outside the caller's region answers as missing (404); inside it but not below, 403. */
const INSIDE: Record<string, string[]> = {
  city: ADMINS,
  city2: ADMINS,
  countyA: ['countyA', 'townA1', 'townA2'],
  countyB: ['countyB', 'townB1'],
  townA1: ['townA1'],
  townA2: ['townA2'],
  townB1: ['townB1'],
};

const dataset = (): Dataset => ({ regions: REGIONS, posts: [], services: [], volunteers: [], users: USERS });

const stores = withBothStores(dataset);

async function restore(store: Store) {
  for (const u of USERS) if (!(await store.users.byOpenid(u.openid))) await store.users.put(u);
}

describe.each(STORE_NAMES)('revoking admins over %s', (name) => {
  const s = () => stores.named(name);

  test.each(ADMINS)('caller %s against every target', async (caller) => {
    const call = runner(s().store, 'admin', adminRoutes);
    for (const target of [...ADMINS, 'staffA1', 'nobody']) {
      await restore(s().store);
      const res = await call(caller, { action: 'revokeAdmin', openid: target });
      const label = `${caller} → ${target}`;
      if (ALLOWED[caller].includes(target)) {
        expect([label, res.status, res.data]).toEqual([label, 200, { revoked: true }]);
        expect(await s().store.users.byOpenid(target)).toBeNull();
        const log = await s().store.audit.forRequest(`admin:${target}`, 50);
        expect(log.at(-1)).toMatchObject({ actor: caller, actorLabel: `${caller}的名字`, action: 'admin.revoke' });
        // The revoked person's next call: no binding, so no admin rights.
        const next = await call(target, { action: 'admins' });
        expect([label, next.status, next.error?.code]).toEqual([label, 401, 'UNAUTHENTICATED']);
      } else {
        const want = INSIDE[caller].includes(target) ? [403, 'FORBIDDEN'] : [404, 'NOT_FOUND'];
        expect([label, res.status, res.error?.code]).toEqual([label, ...want]);
        expect(res.error?.message).toMatch(/[\u4e00-\u9fff]/);
        if (target !== 'nobody') expect(await s().store.users.byOpenid(target)).not.toBeNull();
      }
    }
  });

  test('a revoked admin’s unused invites no longer bind anyone', async () => {
    await restore(s().store);
    const admin = runner(s().store, 'admin', adminRoutes);
    const work = runner(s().store, 'work', workRoutes);
    const made = await admin('townA1', {
      action: 'createInvite',
      role: 'admin',
      regionCode: '220802001',
      name: '新来的',
    });
    expect(made.status).toBe(200);
    expect((await admin('countyA', { action: 'revokeAdmin', openid: 'townA1' })).status).toBe(200);
    const accepted = await work('o-newcomer', { action: 'acceptInvite', code: made.data.code });
    expect([accepted.status, accepted.error?.code, accepted.error?.message]).toEqual([
      410,
      'INVITE_EXPIRED',
      '邀请人已不是管理员，这个邀请码已失效，请向管理员重新申请',
    ]);
    expect(await s().store.users.byOpenid('o-newcomer')).toBeNull();
  });

  test('workers and residents cannot revoke; a malformed openid is a clear 400', async () => {
    await restore(s().store);
    const call = runner(s().store, 'admin', adminRoutes);
    expect((await call('staffA1', { action: 'revokeAdmin', openid: 'townA1' })).status).toBe(403);
    expect((await call('someone', { action: 'revokeAdmin', openid: 'townA1' })).status).toBe(401);
    const bad = await call('city', { action: 'revokeAdmin', openid: '' });
    expect([bad.status, bad.error?.code, bad.error?.message]).toEqual([400, 'INVALID_INPUT', '缺少管理员标识']);
    expect(await s().store.users.byOpenid('townA1')).not.toBeNull();
  });

  test('the list of admins shows the scope only, and which of them the caller may revoke', async () => {
    await restore(s().store);
    const call = runner(s().store, 'admin', adminRoutes);
    const list = (await call('countyA', { action: 'admins' })).data.admins;
    expect(
      list.map((a: { openid: string; revocable: boolean; self: boolean; regionName: string }) => [
        a.openid,
        a.revocable,
        a.self,
        a.regionName,
      ]),
    ).toEqual([
      ['countyA', false, true, '洮北区'],
      ['townA1', true, false, '新立街道'],
      ['townA2', true, false, '平安镇'],
    ]);
    const city = (await call('city', { action: 'admins' })).data.admins;
    expect(city.filter((a: { revocable: boolean }) => a.revocable).map((a: { openid: string }) => a.openid)).toEqual(
      ALLOWED.city,
    );
  });
});
