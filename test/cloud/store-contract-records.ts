/**
 * The store contract, part 5: the side records of handling requests — the outbox of notices, invites, answer
 * templates — and the people methods (users by volunteer or unit, put, unbind; volunteers; services by id).
 * Registered by store-contract.ts inside each adapter's describe.
 */
import type { User } from '~/types/domain';
import type { InviteRow, NoticeRow, Store, TemplateRow, VolunteerRow } from '~/cloudfunctions/store/port';
import { COUNTY, fixture, TOWNSHIP_A, TOWNSHIP_B, VILLAGE_A1 } from './store-fixture';

const T0 = Date.UTC(2026, 10, 28, 2);
const DAY = 24 * 3600 * 1000;

function notice(n: number, recipient: string, at = T0 + n): NoticeRow {
  return {
    id: `n${String(n).padStart(24, '0')}`,
    recipient,
    at,
    title: `您的咨询有新答复 ${n}`,
    body: '法律明白人已答复，请查看。',
    requestId: n % 2 ? `r${String(n).padStart(24, '0')}` : null,
    target: n % 2 ? 'resident' : null,
    readAt: null,
  };
}

function invite(code: string, regionCode: string, createdAt: number, over: Partial<InviteRow> = {}): InviteRow {
  return {
    code,
    role: 'volunteer',
    regionCode,
    name: '刘洋',
    postIds: ['P001'],
    serviceId: null,
    volunteerId: null,
    createdBy: 'o-admin',
    createdAt,
    expiresAt: createdAt + 7 * DAY,
    usedBy: null,
    usedAt: null,
    ...over,
  };
}

const NEW_VOLUNTEER: VolunteerRow = {
  id: 'V9',
  name: '刘洋',
  villageCode: VILLAGE_A1,
  phone: '13900001111',
  phonePublic: false,
  isMediator: false,
  hours: '工作日晚上',
  postIds: ['P001', 'P002'],
  photoFileId: null,
};

function userOf(openid: string, over: Partial<User> = {}): User {
  return {
    openid,
    role: 'volunteer',
    regionCode: VILLAGE_A1,
    label: '刘洋',
    volunteerId: 'V9',
    serviceId: null,
    ...over,
  };
}

function template(id: string, owner: string, createdAt: number): TemplateRow {
  return { id, owner, title: `模板${id}`, text: '您好，建议先协商。', guideIds: ['g-wages'], createdAt };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** Registers the outbox, invite, template and people cases; `current` gives the test's fresh store. */
export function recordContract(current: () => Store): void {
  describe('outbox', () => {
    it('lists notices newest first, counts and marks unread ones, deletes only the recipient’s', async () => {
      const store = current();
      for (let n = 1; n <= 4; n++) await store.outbox.add(notice(n, 'o-a'));
      await store.outbox.add(notice(5, 'o-a', T0 + 4)); // same time as n4: ties by id, descending
      await store.outbox.add(notice(6, 'o-b'));
      expect(ids(await store.outbox.forRecipient('o-a', 10)).map((id) => Number(id.slice(1)))).toEqual([5, 4, 3, 2, 1]);
      expect(await store.outbox.forRecipient('o-a', 1)).toEqual([notice(5, 'o-a', T0 + 4)]);
      expect(await store.outbox.unreadCount('o-a')).toBe(5);

      expect(await store.outbox.markRead('o-a', [notice(1, 'o-a').id, notice(6, 'o-b').id], T0 + DAY)).toBe(1);
      expect(await store.outbox.unreadCount('o-a')).toBe(4);
      expect(await store.outbox.unreadCount('o-b')).toBe(1);
      expect(await store.outbox.markRead('o-a', [], T0 + DAY)).toBe(0);
      expect(await store.outbox.markRead('o-a', null, T0 + 2 * DAY)).toBe(4);
      expect(await store.outbox.markRead('o-a', null, T0 + 3 * DAY)).toBe(0);
      const read = await store.outbox.forRecipient('o-a', 10);
      expect(read.map((x) => x.readAt)).toEqual([T0 + 2 * DAY, T0 + 2 * DAY, T0 + 2 * DAY, T0 + 2 * DAY, T0 + DAY]);
      expect(await store.outbox.unreadCount('o-a')).toBe(0);

      expect(await store.outbox.deleteByRecipient('o-a')).toBe(5);
      expect(await store.outbox.forRecipient('o-a', 10)).toEqual([]);
      expect(await store.outbox.forRecipient('o-b', 10)).toEqual([notice(6, 'o-b')]);
    });
  });

  describe('invites', () => {
    beforeEach(async () => {
      await current().load(fixture());
    });

    it('binds the first account to accept an invite; a second is told it was used and changes nothing', async () => {
      const store = current();
      await store.invites.create(invite('K7P2Q9', TOWNSHIP_A, T0));
      expect(await store.invites.accept('K7P2Q9', userOf('o-first'), NEW_VOLUNTEER, T0 + 1)).toBe('ok');
      expect(await store.invites.byCode('K7P2Q9')).toEqual(
        invite('K7P2Q9', TOWNSHIP_A, T0, { usedBy: 'o-first', usedAt: T0 + 1 }),
      );
      expect(await store.users.byOpenid('o-first')).toEqual(userOf('o-first'));
      expect(await store.volunteers.byId('V9')).toEqual(NEW_VOLUNTEER);
      expect(ids(await store.volunteers.forPost('P002', 10))).toContain('V9');

      const intruder = userOf('o-second', { volunteerId: null, label: '冒用' });
      const other = { ...NEW_VOLUNTEER, name: '冒用', postIds: ['P005'] };
      expect(await store.invites.accept('K7P2Q9', intruder, other, T0 + 2)).toBe('used');
      expect(await store.users.byOpenid('o-second')).toBeNull();
      expect(await store.users.byOpenid('o-first')).toEqual(userOf('o-first'));
      expect(await store.volunteers.byId('V9')).toEqual(NEW_VOLUNTEER);
      expect((await store.invites.byCode('K7P2Q9'))?.usedBy).toBe('o-first');
    });

    it('an unknown code is missing and binds nobody; a staff invite binds without a volunteer row', async () => {
      const store = current();
      expect(await store.invites.accept('NOPE42', userOf('o-x'), NEW_VOLUNTEER, T0)).toBe('missing');
      expect(await store.users.byOpenid('o-x')).toBeNull();
      expect(await store.volunteers.byId('V9')).toBeNull();
      expect(await store.invites.byCode('NOPE42')).toBeNull();

      await store.invites.create(invite('STAFF1', TOWNSHIP_A, T0, { role: 'staff', serviceId: 'J01', postIds: [] }));
      const staff = userOf('o-staff2', { role: 'staff', volunteerId: null, serviceId: 'J01' });
      expect(await store.invites.accept('STAFF1', staff, null, T0 + 1)).toBe('ok');
      expect(await store.users.byOpenid('o-staff2')).toEqual(staff);
    });

    it('lists unused invites inside a region, newest first; a city code covers its counties', async () => {
      const store = current();
      await store.invites.create(invite('A1', TOWNSHIP_A, T0 + 1));
      await store.invites.create(invite('A2', VILLAGE_A1, T0 + 3));
      await store.invites.create(invite('B1', TOWNSHIP_B, T0 + 2));
      await store.invites.create(invite('C1', COUNTY, T0 + 4));
      await store.invites.create(invite('X1', '220881001', T0 + 5));
      await store.invites.create(invite('U1', TOWNSHIP_A, T0 + 6, { usedBy: 'o-u', usedAt: T0 + 7 }));
      const codes = async (scope: string, limit = 10) =>
        (await store.invites.forRegion(scope, limit)).map((i) => i.code);
      expect(await codes(TOWNSHIP_A)).toEqual(['A2', 'A1']);
      expect(await codes(COUNTY)).toEqual(['C1', 'A2', 'B1', 'A1']);
      expect(await codes('220800')).toEqual(['X1', 'C1', 'A2', 'B1', 'A1']);
      expect(await codes('220800', 2)).toEqual(['X1', 'C1']);
      expect(await codes('220803')).toEqual([]);
      await expect(store.invites.create(invite('A1', TOWNSHIP_B, T0))).rejects.toThrow();
      expect((await store.invites.byCode('A1'))?.regionCode).toBe(TOWNSHIP_A);
    });
  });

  describe('answer templates', () => {
    it("keeps each worker's templates to themselves: list, edit and delete only their own", async () => {
      const store = current();
      await store.templates.put(template('t2', 'o-a', T0 + 2));
      await store.templates.put(template('t1', 'o-a', T0 + 1));
      await store.templates.put(template('t3', 'o-b', T0));
      expect(await store.templates.forOwner('o-a')).toEqual([
        template('t1', 'o-a', T0 + 1),
        template('t2', 'o-a', T0 + 2),
      ]);
      const edited = { ...template('t1', 'o-a', T0 + 1), text: '改过的答复' };
      await store.templates.put(edited);
      expect((await store.templates.forOwner('o-a'))[0]).toEqual(edited);

      expect(await store.templates.delete('o-b', 't1')).toBe(false);
      expect(ids(await store.templates.forOwner('o-a'))).toEqual(['t1', 't2']);
      expect(await store.templates.delete('o-a', 't1')).toBe(true);
      expect(await store.templates.delete('o-a', 't1')).toBe(false);
      expect(ids(await store.templates.forOwner('o-a'))).toEqual(['t2']);
      expect(await store.templates.forOwner('o-b')).toEqual([template('t3', 'o-b', T0)]);
      expect(await store.templates.forOwner('o-c')).toEqual([]);
    });
  });

  describe('people', () => {
    beforeEach(async () => {
      await current().load(fixture());
    });

    it('finds the users of volunteers and of a unit; put replaces, unbind removes only that binding', async () => {
      const store = current();
      const seeded = fixture().users;
      expect(await store.users.byVolunteerIds(['V1', 'V2'])).toEqual([seeded[1]]);
      expect(await store.users.byVolunteerIds([])).toEqual([]);
      expect(await store.users.byService('J01')).toEqual([seeded[2]]);
      expect(await store.users.byService('J02')).toEqual([]);

      const moved = { ...seeded[2], label: '新立司法所 李', serviceId: 'J02' };
      await store.users.put(moved);
      expect(await store.users.byOpenid('o-staff')).toEqual(moved);
      expect(await store.users.byService('J01')).toEqual([]);
      expect(await store.users.byService('J02')).toEqual([moved]);

      expect(await store.users.unbind('o-mediator')).toBe(true);
      expect(await store.users.unbind('o-mediator')).toBe(false);
      expect(await store.users.byOpenid('o-mediator')).toBeNull();
      expect(await store.users.byVolunteerIds(['V1'])).toEqual([]);
      // The volunteer row stays: only the WeChat binding is removed.
      expect((await store.volunteers.byId('V1'))?.name).toBe('张三');
      expect(await store.users.list(10)).toHaveLength(2);
    });

    it('an unbinding tapped twice at once, with its audit entry, is one unbinding on record once', async () => {
      const store = current();
      const entry = (at: number) => ({
        at,
        actor: 'o-mediator',
        actorLabel: '调解员',
        action: 'worker.unbind',
        requestId: 'user:o-mediator',
        kind: 'admin' as const,
        actorRole: 'mediator',
        detail: '调解员',
      });
      const outcomes = await Promise.all([
        store.users.unbind('o-mediator', entry(1)),
        store.users.unbind('o-mediator', entry(2)),
      ]);
      expect(outcomes.filter(Boolean)).toHaveLength(1);
      expect(await store.users.byOpenid('o-mediator')).toBeNull();
      expect(await store.audit.forRequest('user:o-mediator', 10)).toHaveLength(1);
      // Nothing left to unbind: no entry either.
      expect(await store.users.unbind('o-mediator', entry(3))).toBe(false);
      expect(await store.audit.forRequest('user:o-mediator', 10)).toHaveLength(1);
    });

    it('reads and replaces a volunteer with its posts and photo; finds a service point by id', async () => {
      const store = current();
      const v1 = fixture().volunteers[0];
      expect(await store.volunteers.byId('V1')).toEqual(v1);
      expect(await store.volunteers.byId('V404')).toBeNull();
      const edited = { ...v1, hours: '周末', photoFileId: 'f000000000000000000000001', postIds: ['P002'] };
      await store.volunteers.put(edited);
      expect(await store.volunteers.byId('V1')).toEqual(edited);
      expect(ids(await store.volunteers.forPost('P001', 10))).not.toContain('V1');
      expect(ids(await store.volunteers.forPost('P002', 10))).toContain('V1');
      // The user bound to the volunteer is untouched.
      expect((await store.users.byOpenid('o-mediator'))?.volunteerId).toBe('V1');

      expect(await store.services.byId('M01')).toEqual(fixture().services[2]);
      expect(await store.services.byId('nope')).toBeNull();
    });
  });
}
