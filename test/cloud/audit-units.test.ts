/**
 * Acts on who administers what, and on the public network, are on record as one unit with their audit entry
 * (审计日志): revoking an admin, a worker unbinding, accepting an invite, assigning, stopping a volunteer, changing
 * the answer promise, renaming a post, creating a service point and importing posts. Over SQLite a failed entry undoes the act (one transaction), and the retry does it with one entry. Over
 * the CloudBase stand-in, whose log has no transaction with the act's document, a failed copy into the log leaves
 * the act standing with its entry on the document, and the timer's sweep stores it, once.
 */
import { runTick } from '~/cloudfunctions/domain/cron/tick';
import { NO_PUSH } from '~/cloudfunctions/domain/context';
import { adminRoutes } from '~/cloudfunctions/functions/admin/routes';
import { workRoutes } from '~/cloudfunctions/functions/work/routes';
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import type { CloudDatabase } from '~/cloudfunctions/store/cloudbase/sdk';
import type { Dataset, Store, VolunteerRow } from '~/cloudfunctions/store/port';
import { openSqliteStore, type SqliteStore } from '~/cloudfunctions/store/sqlite';
import { AUDIT_ACTIONS, type AuditAction } from '~/types/audit';
import type { Post, User } from '~/types/domain';
import { createReadyStandin } from '../support/cloudbase-ready';
import { withFault } from '../support/cloudbase-standin-fault';
import { stationBody } from '../support/request-bodies';
import { postRow, regionRow, userRow } from '../support/rows';
import { runner } from './route-runner';

const T0 = Date.UTC(2026, 11, 1, 2);
const REGIONS = [
  regionRow('220800', '白城市', 'city', null),
  regionRow('220802', '洮北区', 'county', '220800'),
  regionRow('220802001', '新立街道', 'township', '220802'),
  regionRow('220802001201', '平安村', 'village', '220802001'),
];
const USERS: User[] = [
  userRow('o-city', 'admin', '220800'),
  userRow('o-county', 'admin', '220802'),
  userRow('o-town', 'admin', '220802001'),
  userRow('o-staff', 'staff', '220802001'),
];
const POST: Post = postRow('BC22080200120109', T0);
const VOLUNTEER: VolunteerRow = {
  id: 'V1',
  name: '孙七',
  villageCode: '220802001201',
  phone: '13900001111',
  phonePublic: false,
  isMediator: false,
  hours: '晚上',
  postIds: [],
  photoFileId: null,
};
const dataset = (): Dataset => ({
  regions: REGIONS,
  posts: [POST],
  services: [],
  volunteers: [VOLUNTEER],
  users: [...USERS, userRow('o-v1', 'volunteer', '220802001201', { volunteerId: 'V1' })],
});

const point = stationBody('220802001');

/** Every act under test: what it does, how to see it took effect, and the record its entry names. */
interface Act {
  name: string;
  action: AuditAction;
  run: (store: Store) => Promise<{ status: number }>;
  done: (store: Store) => Promise<boolean>;
  record: (store: Store) => Promise<string>;
}

const admin = (store: Store) => runner(store, 'admin', adminRoutes, { now: () => T0 });
const work = (store: Store) => runner(store, 'work', workRoutes, { now: () => T0 });

let inviteCode = '';
const ACTS: Act[] = [
  {
    name: 'revoking an admin',
    action: 'admin.revoke',
    run: (store) => admin(store)('o-county', { action: 'revokeAdmin', openid: 'o-town' }),
    done: async (store) => (await store.users.byOpenid('o-town')) === null,
    record: async () => 'admin:o-town',
  },
  {
    name: 'a worker unbinding',
    action: 'worker.unbind',
    run: (store) => work(store)('o-staff', { action: 'unbind', confirm: true }),
    done: async (store) => (await store.users.byOpenid('o-staff')) === null,
    record: async () => 'user:o-staff',
  },
  {
    name: 'accepting an invite',
    action: 'invite.accept',
    run: (store) => work(store)('o-newcomer', { action: 'acceptInvite', code: inviteCode }),
    done: async (store) => (await store.users.byOpenid('o-newcomer')) !== null,
    record: async () => `invite:${inviteCode.slice(-4)}`,
  },
  {
    name: 'assigning a volunteer to a post',
    action: 'volunteer.assign',
    run: (store) => admin(store)('o-town', { action: 'assignPosts', volunteerId: 'V1', postIds: [POST.id] }),
    done: async (store) => (await store.volunteers.byId('V1'))?.postIds.includes(POST.id) === true,
    record: async () => 'volunteer:V1',
  },
  {
    name: 'deactivating a volunteer',
    action: 'volunteer.deactivate',
    run: (store) => admin(store)('o-town', { action: 'deactivate', volunteerId: 'V1', active: false }),
    done: async (store) => (await store.volunteers.byId('V1'))?.active === false,
    record: async () => 'volunteer:V1',
  },
  {
    name: 'changing the answer promise',
    action: 'settings.update',
    run: (store) => admin(store)('o-city', { action: 'updateSettings', questionPromiseHours: 48 }),
    done: async (store) => (await store.meta.get('question_promise_hours')) === '48',
    record: async () => 'settings:questionPromiseHours',
  },
  {
    name: 'renaming a post',
    action: 'posts.update',
    run: (store) => admin(store)('o-town', { action: 'updatePost', postId: POST.id, name: '平安村中心先锋岗' }),
    done: async (store) => (await store.posts.byId(POST.id))?.name === '平安村中心先锋岗',
    record: async () => `post:${POST.id}`,
  },
  {
    name: 'creating a service point',
    action: 'servicePoint.create',
    run: (store) => admin(store)('o-town', point),
    done: async (store) => (await store.services.inRegion('220802001', 10)).length === 1,
    record: async (store) => `service:${(await store.services.inRegion('220802001', 10))[0].id}`,
  },
];

/** A fresh store of the dataset, with an invite of the county admin's for the acceptance. */
async function prepared(store: Store): Promise<Store> {
  await store.load(dataset());
  const made = await admin(store)('o-county', {
    action: 'createInvite',
    role: 'admin',
    regionCode: '220802001',
    name: '新来的',
  });
  expect([made.status, made.error]).toEqual([200, undefined]);
  inviteCode = made.data.code;
  return store;
}

const entriesOf = async (store: Store, action: string) =>
  (await store.audit.page({ kinds: null, fromMs: 0, toMs: T0 + 1, before: null, limit: 100 })).filter(
    (e) => e.action === action,
  );

describe.each(ACTS)('sqlite: $name and its entry are one transaction', (act) => {
  let store: SqliteStore;
  beforeEach(async () => {
    store = openSqliteStore(':memory:');
    await prepared(store);
  });
  afterEach(() => store.close());

  test('an entry that cannot be stored undoes the act; the retry does it, on record once', async () => {
    store.db.exec(`CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END`);
    const refused = await act.run(store);
    expect(refused.status).toBeGreaterThanOrEqual(500);
    expect(await act.done(store)).toBe(false);
    store.db.exec('DROP TRIGGER refuse_audit');

    expect((await act.run(store)).status).toBe(200);
    expect(await act.done(store)).toBe(true);
    const entries = await entriesOf(store, act.action);
    expect(entries.map((e) => e.requestId)).toEqual([await act.record(store)]);
    // The city admins' page names the act and its record in words (never as a deleted request).
    const page = await admin(store)('o-city', { action: 'auditLog' });
    const shown = page.data.entries.find((e: { action: string }) => e.action === AUDIT_ACTIONS[act.action].label);
    expect(shown).toBeDefined();
    expect(shown.record).not.toMatch(/^诉求|已删除/);
  });
});

describe.each(ACTS)('cloudbase stand-in: $name keeps its entry until it is stored', (act) => {
  let db: CloudDatabase;
  let store: Store;
  beforeEach(async () => {
    db = await createReadyStandin();
    store = await prepared(createCloudbaseStore(db));
  });

  test('with the log refusing writes the act stands, and the timer stores its entry once', async () => {
    const flaky = createCloudbaseStore(withFault(db, (c, op) => c === 'audit_log' && op === 'add'));
    // Revoking and unbinding store their entry before the removal (a removed document cannot carry it): with the
    // log refusing, the act is refused and nothing changes.
    const first = await act.run(flaky);
    if (act.action === 'admin.revoke' || act.action === 'worker.unbind') {
      expect(first.status).toBeGreaterThanOrEqual(500);
      expect(await act.done(store)).toBe(false);
      expect((await act.run(store)).status).toBe(200);
    } else {
      expect(first.status).toBe(200);
      expect(await entriesOf(store, act.action)).toEqual([]);
      const report = await runTick({ store, now: T0 + 60_000, pusher: NO_PUSH });
      expect(report.auditSettled).toBe(1);
    }
    expect(await act.done(store)).toBe(true);
    expect((await entriesOf(store, act.action)).map((e) => e.requestId)).toEqual([await act.record(store)]);
    expect((await runTick({ store, now: T0 + 120_000, pusher: NO_PUSH })).auditSettled).toBe(0);
    expect(await entriesOf(store, act.action)).toHaveLength(1);
  });
});

test('cloudbase stand-in: two admins changing the answer promise at once are both on record', async () => {
  const db = await createReadyStandin();
  const store = await prepared(createCloudbaseStore(db));
  const change = (hours: number, at: number) => ({
    at,
    actor: 'o-city',
    actorLabel: '市局',
    action: 'settings.update',
    requestId: 'settings:questionPromiseHours',
    kind: 'admin' as const,
    actorRole: 'admin:city',
    detail: `24小时 → ${hours}小时`,
  });
  // Both read the setting before either writes it; each set replaces the document whole.
  await Promise.all([
    store.meta.set('question_promise_hours', '48', { audit: change(48, T0) }),
    store.meta.set('question_promise_hours', '72', { audit: change(72, T0 + 1) }),
  ]);
  await store.audit.settle(100);
  const details = (await entriesOf(store, 'settings.update')).map((e) => e.detail).sort();
  expect(details).toEqual(['24小时 → 48小时', '24小时 → 72小时']);
});

test('sqlite: stopping a volunteer tapped twice is one change on record once; restoring is another', async () => {
  const store = await prepared(openSqliteStore(':memory:'));
  const stop = () => admin(store)('o-town', { action: 'deactivate', volunteerId: 'V1', active: false });
  expect([(await stop()).status, (await stop()).status]).toEqual([200, 200]);
  expect(await entriesOf(store, 'volunteer.deactivate')).toHaveLength(1);
  expect(await store.users.byOpenid('o-v1')).toBeNull();
  const restore = await admin(store)('o-town', { action: 'deactivate', volunteerId: 'V1', active: true });
  expect(restore.status).toBe(200);
  expect(await entriesOf(store, 'volunteer.restore')).toHaveLength(1);
  await store.close();
});

test('sqlite: the answer promise saved twice with the same hours is on record once', async () => {
  const store = await prepared(openSqliteStore(':memory:'));
  const save = () => admin(store)('o-city', { action: 'updateSettings', questionPromiseHours: 36 });
  expect([(await save()).status, (await save()).status]).toEqual([200, 200]);
  expect((await entriesOf(store, 'settings.update')).map((e) => e.detail)).toEqual(['24小时 → 36小时']);
  await store.close();
});

test('cloudbase stand-in: a revocation abandoned after its removal failed does not swallow a later one', async () => {
  const db = await createReadyStandin();
  const store = await prepared(createCloudbaseStore(db));
  const entry = (at: number, by: string) => ({
    at,
    actor: by,
    actorLabel: by,
    action: 'admin.revoke',
    requestId: 'admin:o-town',
    kind: 'admin' as const,
    actorRole: 'admin:county',
    detail: by,
  });
  const flaky = createCloudbaseStore(withFault(db, (c, op) => c === 'users' && op === 'remove'));
  await expect(flaky.users.unbind('o-town', entry(T0, 'A'))).rejects.toThrow(/injected fault/);
  // Days later another admin revokes the same person: a second act, on record as such.
  expect(await store.users.unbind('o-town', entry(T0 + 3 * 24 * 3600_000, 'B'))).toBe(true);
  expect((await store.audit.forRequest('admin:o-town', 10)).map((e) => e.detail)).toEqual(['A', 'B']);
});
