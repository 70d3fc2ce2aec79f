/**
 * The cloudbase adapter's own guarantees for handling requests, where it cannot lean on a transaction: an invite
 * claimed but not yet bound when a write fails, requests stored before version fields existed, and the stand-in's
 * where-update (the compare-and-set the adapter relies on).
 */
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import type { InviteRow, VolunteerRow } from '~/cloudfunctions/store/port';
import type { User } from '~/types/domain';
import { createReadyStandin } from '../support/cloudbase-ready';
import { withFault } from '../support/cloudbase-standin-fault';
import { workRequest } from './store-contract-work';
import { fixture, TOWNSHIP_A, VILLAGE_A1 } from './store-fixture';

const T0 = Date.UTC(2026, 10, 28, 2);

const INVITE: InviteRow = {
  code: 'K7P2Q9',
  role: 'volunteer',
  regionCode: TOWNSHIP_A,
  name: '刘洋',
  postIds: ['P001'],
  serviceId: null,
  volunteerId: null,
  createdBy: 'o-admin',
  createdAt: T0,
  expiresAt: T0 + 7 * 24 * 3600 * 1000,
  usedBy: null,
  usedAt: null,
};
const VOLUNTEER: VolunteerRow = {
  id: 'V9',
  name: '刘洋',
  villageCode: VILLAGE_A1,
  phone: '13900001111',
  phonePublic: false,
  isMediator: false,
  hours: '晚上',
  postIds: ['P001'],
  photoFileId: null,
};
const user = (openid: string): User => ({
  openid,
  role: 'volunteer',
  regionCode: VILLAGE_A1,
  label: '刘洋',
  volunteerId: 'V9',
  serviceId: null,
});

describe('cloudbase: accepting an invite without a transaction', () => {
  it('of two accounts racing for one invite, exactly one is bound', async () => {
    const store = createCloudbaseStore(await createReadyStandin());
    await store.load(fixture());
    await store.invites.create(INVITE);
    const outcomes = await Promise.all(
      ['o-a', 'o-b', 'o-c'].map((o) => store.invites.accept(INVITE.code, user(o), VOLUNTEER, T0 + 1)),
    );
    expect([...outcomes].sort()).toEqual(['ok', 'used', 'used']);
    const winner = ['o-a', 'o-b', 'o-c'][outcomes.indexOf('ok')];
    expect((await store.invites.byCode(INVITE.code))?.usedBy).toBe(winner);
    for (const o of ['o-a', 'o-b', 'o-c']) expect(await store.users.byOpenid(o)).toEqual(o === winner ? user(o) : null);
  });

  it('when the user write fails after the claim, only the same account can finish it by accepting again', async () => {
    const base = await createReadyStandin();
    // The first write of a user document fails, as a dropped connection would.
    const store = createCloudbaseStore(
      withFault(base, (collection, op, n) => collection === 'users' && op === 'set' && n === 1),
    );
    await store.load(fixture());
    await store.invites.create(INVITE);
    await expect(store.invites.accept(INVITE.code, user('o-a'), VOLUNTEER, T0 + 1)).rejects.toThrow(/injected/);
    expect(await store.users.byOpenid('o-a')).toBeNull();
    expect(await store.invites.accept(INVITE.code, user('o-b'), null, T0 + 2)).toBe('used');
    expect(await store.users.byOpenid('o-b')).toBeNull();

    expect(await store.invites.accept(INVITE.code, user('o-a'), VOLUNTEER, T0 + 3)).toBe('ok');
    expect(await store.users.byOpenid('o-a')).toEqual(user('o-a'));
    expect(await store.volunteers.byId('V9')).toEqual(VOLUNTEER);
    expect(await store.invites.byCode(INVITE.code)).toEqual({ ...INVITE, usedBy: 'o-a', usedAt: T0 + 1 });
    // Once bound, the invite is spent for everyone, the same account included (as on SQLite).
    await store.users.unbind('o-a');
    expect(await store.invites.accept(INVITE.code, user('o-a'), VOLUNTEER, T0 + 4)).toBe('used');
    expect(await store.users.byOpenid('o-a')).toBeNull();
  });
});

describe('cloudbase: requests stored before requests were handled (no handling fields)', () => {
  it('read as version 1, unhandled, and take a change against version 1 exactly once', async () => {
    const db = await createReadyStandin();
    const store = createCloudbaseStore(db);
    const { id, ...fields } = workRequest(1);
    // The document as the adapter wrote it before requests were handled: none of the handling fields.
    const old: Record<string, unknown> = { ...fields };
    for (const key of ['version', 'answeredBy', 'firstAnswerAt', 'rating', 'ratingWord', 'remindedAt', 'escalatedAt'])
      delete old[key];
    const answers = [{ at: T0, by: '法律明白人 张三', text: '旧答复' }];
    await db.collection('requests').add({ data: { _id: id, ...old, timeline: [], answers } });
    const before = await store.requests.byId(id);
    expect(before).toMatchObject({ version: 1, answeredBy: null, rating: null, remindedAt: null, escalatedAt: null });
    expect(before?.answers).toEqual([{ ...answers[0], guideIds: [] }]);
    expect(await store.requests.dueQuestions(T0 + 48 * 3600 * 1000, true, 10)).toHaveLength(1);

    const change = { at: T0 + 1, remindedAt: T0 + 1 };
    const outcomes = await Promise.all([store.requests.update(id, 1, change), store.requests.update(id, 1, change)]);
    expect([...outcomes].sort()).toEqual(['ok', 'stale']);
    expect(await store.requests.byId(id)).toMatchObject({ version: 2, remindedAt: T0 + 1, updatedAt: T0 + 1 });
    expect(await store.requests.update(id, 2, { at: T0 + 2, rating: 4 })).toBe('ok');
    expect((await store.requests.byId(id))?.version).toBe(3);
  });
});
