/**
 * The store contract for running the network (岗位管理): posts and volunteers of a region, creating and changing
 * posts with their history, volunteer counts, service points of a region, request rows for statistics and the first
 * admin. Registered by runStoreContract (store-contract.ts).
 */
import type { Post, User } from '~/types/domain';
import type { AuditEntry, Dataset, PostHistoryRow, RequestRow, Store } from '~/cloudfunctions/store/port';
import { workRequest } from './store-contract-work';
import { CITY, COUNTY, fixture, TOWNSHIP_A, TOWNSHIP_B, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './store-fixture';
import { describeLoaded } from './store-contract-describe';

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const AT = Date.UTC(2026, 10, 28, 2);

/** The fixture plus a city-level service point and a volunteer of township B, for the region queries. */
function network(): Dataset {
  const data = fixture();
  data.services.push({
    ...data.services[0],
    id: 'C01',
    kind: 'legalAidCentre',
    name: '市法律援助中心',
    regionCode: CITY,
  });
  data.volunteers.push({ ...data.volunteers[3], id: 'V6', name: '刘_七', villageCode: VILLAGE_B1, postIds: ['P005'] });
  return data;
}

function newPost(id: string, over: Partial<Post> = {}): Post {
  return { ...fixture().posts[0], id, name: `新岗 ${id}`, lat: 45.7, lng: 122.9, createdAt: AT, ...over };
}

function history(postId: string, action: PostHistoryRow['action'], at = AT, summary = ''): PostHistoryRow {
  return { postId, at, by: 'o-admin', action, summary };
}

/** The entry admin.bootstrap stores with the first admin's binding. */
export const bootstrapEntry = (u: User): AuditEntry => ({
  at: 1,
  actor: u.openid,
  actorLabel: u.label,
  action: 'admin.bootstrap',
  requestId: `admin:${u.openid}`,
  kind: 'admin',
  actorRole: 'admin:city',
  detail: '',
});

const ADMIN: User = {
  openid: 'o-first',
  role: 'admin',
  regionCode: CITY,
  label: '首位管理员',
  volunteerId: null,
  serviceId: null,
};

/** Registers the network cases; `store` gives the current test's store (fresh per test). */
export function networkContract(store: () => Store): void {
  describeLoaded('running the network', store, network, () => {
    it('lists the posts of a region by code prefix in id order, with status, name and cursor filters', async () => {
      const s = store();
      expect(ids(await s.posts.inRegion('2208', null, 100))).toEqual(['P001', 'P002', 'P003', 'P004', 'P005', 'P006']);
      expect(ids(await s.posts.inRegion(TOWNSHIP_A, null, 100))).toEqual(['P001', 'P002', 'P003', 'P004']);
      expect(ids(await s.posts.inRegion(VILLAGE_A2, null, 100))).toEqual(['P003', 'P004']);
      expect(ids(await s.posts.inRegion(TOWNSHIP_A, null, 100, { status: 'active' }))).toEqual([
        'P001',
        'P002',
        'P003',
      ]);
      expect(ids(await s.posts.inRegion(TOWNSHIP_A, 'P001', 2))).toEqual(['P002', 'P003']);
      expect(ids(await s.posts.inRegion(COUNTY, null, 100, { nameLike: 'P00' }))).toHaveLength(6);
      expect(ids(await s.posts.inRegion(COUNTY, null, 100, { nameLike: '5' }))).toEqual(['P005']);
      expect(await s.posts.inRegion('220803', null, 100)).toEqual([]);
      expect(await s.posts.inRegion(COUNTY, null, 0)).toEqual([]);
    });

    it('takes a name filter literally: % and _ match only themselves', async () => {
      const s = store();
      expect(await s.posts.create([newPost('N1', { name: '百分之100%岗' })], [history('N1', 'create')])).toEqual({
        created: 1,
        taken: [],
      });
      expect(ids(await s.posts.inRegion(COUNTY, null, 100, { nameLike: '%' }))).toEqual(['N1']);
      expect(ids(await s.posts.inRegion(COUNTY, null, 100, { nameLike: '_' }))).toEqual([]);
      expect(ids(await s.volunteers.inRegion('2208', null, 100, '_'))).toEqual(['V6']);
    });

    it('creates posts with their history, found by id, by region and by the nearby search', async () => {
      const s = store();
      const posts = [newPost('N1'), newPost('N2', { lat: 46.1, lng: 123.3, villageCode: VILLAGE_B1 })];
      const rows = [history('N1', 'import', AT, '导入'), history('N2', 'import', AT, '导入')];
      expect(await s.posts.create(posts, rows)).toEqual({ created: 2, taken: [] });
      expect(await s.posts.byId('N2')).toEqual(posts[1]);
      expect(ids(await s.posts.inRegion(TOWNSHIP_B, null, 10))).toEqual(['N2', 'P005', 'P006']);
      expect((await s.posts.near({ lat: 46.1, lng: 123.3 }, 1))[0].post.id).toBe('N2');
      expect(await s.posts.history('N1', 10)).toEqual([rows[0]]);
    });

    it('creates nothing when any id is taken (or repeated), and names those ids', async () => {
      const s = store();
      const outcome = await s.posts.create(
        [newPost('N1'), newPost('P002'), newPost('N3'), newPost('N3')],
        [history('N1', 'create')],
      );
      expect(outcome.created).toBe(0);
      expect([...outcome.taken].sort()).toEqual(['N3', 'P002']);
      expect(await s.posts.byId('N1')).toBeNull();
      expect((await s.posts.byId('P002'))?.name).toBe('先锋岗 P002');
      expect(await s.posts.history('N1', 10)).toEqual([]);
      expect(await s.posts.create([], [])).toEqual({ created: 0, taken: [] });
    });

    it('moves, renames and retires a post; the nearby search follows the move; history is newest first', async () => {
      const s = store();
      const far = { lat: 46.5, lng: 124.0 };
      expect(await s.posts.near(far, 1)).toEqual([]);
      const moved = await s.posts.update('P003', { ...far, name: '光明社区新岗' }, history('P003', 'move', AT, '迁址'));
      expect(moved).toEqual({ ...fixture().posts[2], ...far, name: '光明社区新岗' });
      expect(await s.posts.byId('P003')).toEqual(moved);
      expect((await s.posts.near(far, 1))[0].post.id).toBe('P003');
      expect((await s.posts.near({ lat: 45.615, lng: 122.84 }, 10)).map((n) => n.post.id)).not.toContain('P003');

      await s.posts.update('P003', { status: 'retired' }, history('P003', 'retire', AT + 1000, '撤销'));
      expect(await s.posts.near(far, 1)).toEqual([]);
      expect((await s.posts.byId('P003'))?.name).toBe('光明社区新岗');
      expect((await s.posts.history('P003', 10)).map((h) => h.action)).toEqual(['retire', 'move']);
      expect((await s.posts.history('P003', 1)).map((h) => h.summary)).toEqual(['撤销']);
    });

    it('changes nothing for a post that does not exist', async () => {
      expect(await store().posts.update('P999', { name: 'x' }, history('P999', 'edit'))).toBeNull();
      expect(await store().posts.history('P999', 10)).toEqual([]);
    });

    it('counts the active volunteers of each post and the mediators among them; a deactivated one no longer counts', async () => {
      const s = store();
      const counts = await s.posts.volunteerCounts(['P001', 'P002', 'P003', 'P005', 'P006', 'P999']);
      const none = { all: 0, mediators: 0 };
      expect(Object.fromEntries(counts)).toEqual({
        P001: { all: 4, mediators: 2 },
        P002: { all: 1, mediators: 1 },
        P003: { all: 1, mediators: 0 },
        P005: { all: 2, mediators: 0 },
        P006: none,
        P999: none,
      });
      const v2 = await s.volunteers.byId('V2');
      expect(v2?.active).not.toBe(false);
      await s.volunteers.put({ ...(v2 as NonNullable<typeof v2>), active: false });
      expect((await s.volunteers.byId('V2'))?.active).toBe(false);
      expect((await s.posts.volunteerCounts(['P001'])).get('P001')).toEqual({ all: 3, mediators: 2 });
      expect((await s.posts.volunteerCounts([])).size).toBe(0);
    });

    it('lists the volunteers of a region in id order, with cursor and name filters', async () => {
      const s = store();
      expect(ids(await s.volunteers.inRegion('2208', null, 100))).toEqual(['V1', 'V2', 'V3', 'V4', 'V5', 'V6']);
      expect(ids(await s.volunteers.inRegion(TOWNSHIP_A, 'V2', 2))).toEqual(['V3', 'V4']);
      expect(ids(await s.volunteers.inRegion(TOWNSHIP_B, null, 100))).toEqual(['V6']);
      expect(ids(await s.volunteers.inRegion(COUNTY, null, 100, '张'))).toEqual(['V1']);
      const v1 = (await s.volunteers.inRegion(VILLAGE_A1, null, 1))[0];
      expect({ ...v1, postIds: [...v1.postIds].sort() }).toEqual(fixture().volunteers[0]);
    });

    it('lists the service points of a region; the city includes its own city-level points', async () => {
      const s = store();
      const all = await s.services.inRegion('2208', 100);
      expect(ids(all)).toEqual(['A01', 'C01', 'H01', 'J01', 'J02', 'M01', 'N01', 'S01', 'S02']);
      expect(ids(await s.services.inRegion(COUNTY, 100))).not.toContain('C01');
      expect(await s.services.inRegion(TOWNSHIP_A, 100)).toEqual([]);
      expect(ids(await s.services.inRegion('2208', 2))).toEqual(['A01', 'C01']);
    });

    it('gives light request rows of a region created in [from, to)', async () => {
      const s = store();
      const t = (h: number) => AT + h * 3600_000;
      await s.requests.create(workRequest(1, { createdAt: t(0) }), []);
      await s.requests.create(workRequest(2, { createdAt: t(1), villageCode: VILLAGE_A2 }), []);
      await s.requests.create(
        workRequest(3, { createdAt: t(2), villageCode: VILLAGE_B1, townshipCode: TOWNSHIP_B, postId: 'P005' }),
        [],
      );
      await s.requests.create(workRequest(4, { createdAt: t(3) }), []);
      const rows = await s.requests.forStats(TOWNSHIP_A, t(0), t(3), 100);
      expect(ids(rows)).toEqual([workRequest(1).id, workRequest(2).id]);
      expect(rows[0]).toEqual({
        id: workRequest(1).id,
        kind: 'question',
        status: 'pending',
        postId: 'P001',
        villageCode: VILLAGE_A1,
        createdAt: t(0),
        dueAt: workRequest(1).dueAt,
        answeredBy: null,
        firstAnswerAt: null,
        outcome: null,
      });
      expect(await s.requests.forStats('2208', t(0), t(4), 100)).toHaveLength(4);
      expect(await s.requests.forStats('2208', t(0), t(4), 3)).toHaveLength(3);
      expect(await s.requests.forStats(TOWNSHIP_B, t(0), t(2), 100)).toEqual([]);
    });

    it('keeps the outcome of a mediation case (达成协议 / 未达成) after its revisit (已回访)', async () => {
      const s = store();
      const steps = (outcome: string) =>
        JSON.stringify(
          ['accepted', 'investigating', 'mediating', outcome, 'revisited'].map((to) => ({
            to,
            on: '2026-11-02',
            note: to,
          })),
        );
      const mediation = (n: number, status: RequestRow['status'], payload: RequestRow['payload']) =>
        workRequest(n, { kind: 'mediation', status, createdAt: AT + n, payload });
      await s.requests.create(mediation(11, 'revisited', { steps: steps('agreed') }), []);
      await s.requests.create(mediation(12, 'revisited', { steps: steps('failed') }), []);
      await s.requests.create(mediation(13, 'agreed', { steps: '[]' }), []);
      await s.requests.create(mediation(14, 'mediating', { steps: '[]' }), []);
      const rows = await s.requests.forStats('2208', AT, AT + 100, 100);
      expect(rows.map((r) => [r.status, r.outcome])).toEqual([
        ['revisited', 'agreed'],
        ['revisited', 'failed'],
        ['agreed', 'agreed'],
        ['mediating', null],
      ]);
    });

    it('counts users by role and binds no second "first admin"', async () => {
      const s = store();
      expect(await s.users.countByRole('admin')).toBe(1);
      expect(await s.users.countByRole('staff')).toBe(1);
      expect(await s.users.countByRole('volunteer')).toBe(0);
      expect(await s.users.putFirstAdmin(ADMIN, bootstrapEntry(ADMIN))).toBe(false);
      expect(await s.users.byOpenid(ADMIN.openid)).toBeNull();
      expect(await s.audit.forRequest(`admin:${ADMIN.openid}`, 10)).toEqual([]);
    });
  });

  describe('the first admin', () => {
    it('binds exactly one of two racing first admins', async () => {
      const s = store();
      const other = { ...ADMIN, openid: 'o-second' };
      const outcomes = await Promise.all([
        s.users.putFirstAdmin(ADMIN, bootstrapEntry(ADMIN)),
        s.users.putFirstAdmin(other, bootstrapEntry(other)),
      ]);
      expect(outcomes.filter(Boolean)).toHaveLength(1);
      expect(await s.users.countByRole('admin')).toBe(1);
      const bound = outcomes[0] ? ADMIN : other;
      expect(await s.users.byOpenid(bound.openid)).toEqual(bound);
      // The binding is on record once, and the refused one not at all.
      const loser = outcomes[0] ? other : ADMIN;
      expect(await s.audit.forRequest(`admin:${bound.openid}`, 10)).toEqual([bootstrapEntry(bound)]);
      expect(await s.audit.forRequest(`admin:${loser.openid}`, 10)).toEqual([]);
    });
  });
}
