/**
 * One submission, one record: an invite, a service point and an answer template sent 20 times at once with the
 * same `requestId` (a double tap, a retry after a lost reply) make one record, on record once, and every call is
 * answered with it; over SQLite and the CloudBase stand-in.
 */
import { randomUUID } from 'node:crypto';
import { adminRoutes } from '~/cloudfunctions/functions/admin/routes';
import { workRoutes } from '~/cloudfunctions/functions/work/routes';
import type { Dataset, Store } from '~/cloudfunctions/store/port';
import { stationBody } from '../support/request-bodies';
import { regionRow, userRow } from '../support/rows';
import { runner, STORE_NAMES, withBothStores } from './route-runner';

const TOWN = '220802001';
const dataset = (): Dataset => ({
  regions: [
    regionRow('220800', '白城市', 'city', null),
    regionRow('220802', '洮北区', 'county', '220800'),
    regionRow(TOWN, '新立街道', 'township', '220802'),
  ],
  posts: [],
  services: [],
  volunteers: [],
  users: [userRow('o-county', 'admin', '220802'), userRow('o-staff', 'staff', TOWN)],
});
const stores = withBothStores(dataset);
const TIMES = 20;

const auditCount = async (store: Store, action: string) =>
  (await store.audit.page({ kinds: null, fromMs: 0, toMs: Date.now() + 1, before: null, limit: 500 })).filter(
    (e) => e.action === action,
  ).length;

describe.each(STORE_NAMES)('one record per submission over %s', (name) => {
  const store = () => stores.named(name).store;
  const admin = () => runner(store(), 'admin', adminRoutes);
  const work = () => runner(store(), 'work', workRoutes);

  test(`an invite sent ${TIMES} times at once is one invite, on record once`, async () => {
    const call = admin();
    const body = { action: 'createInvite', requestId: randomUUID(), role: 'admin', regionCode: TOWN, name: '赵新' };
    const before = (await store().invites.forRegion('220802', 100)).length;
    const answers = await Promise.all(Array.from({ length: TIMES }, () => call('o-county', body)));
    expect(answers.map((a) => a.status)).toEqual(Array(TIMES).fill(200));
    expect(new Set(answers.map((a) => a.data.code)).size).toBe(1);
    expect((await store().invites.forRegion('220802', 100)).length).toBe(before + 1);
    expect(await auditCount(store(), 'invite.create')).toBe(1);
    // A new submission is a new invite.
    const next = await call('o-county', { ...body, requestId: randomUUID() });
    expect(next.data.code).not.toBe(answers[0].data.code);
    // The same submission id with a field changed after a lost reply (another name typed) is not answered with
    // the invite made from the earlier fields.
    const renamed = await call('o-county', { ...body, name: '赵新民' });
    expect(renamed.status).toBe(200);
    expect(renamed.data.code).not.toBe(answers[0].data.code);
  });

  test(`a service point sent ${TIMES} times at once is one point, on record once`, async () => {
    const call = admin();
    const body = stationBody(TOWN, { requestId: randomUUID() });
    const answers = await Promise.all(Array.from({ length: TIMES }, () => call('o-county', body)));
    expect(answers.map((a) => a.status)).toEqual(Array(TIMES).fill(200));
    expect(new Set(answers.map((a) => a.data.id)).size).toBe(1);
    expect(await store().services.inRegion(TOWN, 100)).toHaveLength(1);
    expect(await auditCount(store(), 'servicePoint.create')).toBe(1);
  });

  test(`a template sent ${TIMES} times at once is one template`, async () => {
    const call = work();
    const body = { action: 'saveTemplate', requestId: randomUUID(), title: '工资', text: '可以向劳动监察大队投诉。' };
    const answers = await Promise.all(Array.from({ length: TIMES }, () => call('o-staff', body)));
    expect(answers.map((a) => a.status)).toEqual(Array(TIMES).fill(200));
    expect(new Set(answers.map((a) => a.data.id)).size).toBe(1);
    expect((await store().templates.forOwner('o-staff')).map((t) => t.title)).toEqual(['工资']);
  });
});
