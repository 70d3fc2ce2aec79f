/**
 * Onboarding by invite (邀请码) and the network settings: an admin invites inside their own region only; an invite
 * binds once, before it expires, someone not yet bound; re-binding keeps a volunteer's history; only the city's
 * admins change the answer promise.
 */
import { randomUUID } from 'node:crypto';
import { INVITE_CODE_PATTERN } from '~/types/api';
import { Client, demoDataset } from '../support/local-harness';
import { DAY, loginAs, questionBody, submit } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ admin: 'demo-admin', countyAdmin: 'demo-county-admin' });

const volunteerInvite = (extra: Record<string, unknown> = {}) => ({
  action: 'createInvite',
  role: 'volunteer',
  regionCode: w.at.post.countyCode,
  name: '孙明白',
  postIds: [w.at.post.id],
  ...extra,
});

async function code(c: Client, body: Record<string, unknown>): Promise<string> {
  const res = await c.call('admin', body);
  expect(res.json).toMatchObject({ ok: true });
  return res.json.data.code as string;
}

function expectError(res: { status: number; json: { ok: boolean; error?: { code: string; message: string } } }) {
  expect(res.json.ok).toBe(false);
  expect(res.json.error!.message).toMatch(/[\u4e00-\u9fff]/);
  return [res.status, res.json.error!.code];
}

test('an invite: 12 characters without look-alikes, valid 7 days, opening the invite page', async () => {
  const res = await w.admin.call('admin', volunteerInvite());
  expect(res.json.data.code).toMatch(INVITE_CODE_PATTERN);
  expect(res.json.data.expiresAt).toBe(w.h.clock.now + 7 * DAY);
  expect(res.json.data.path).toBe(`packages/work/pages/invite/index?code=${res.json.data.code}`);
  const list = (await w.admin.call('admin', { action: 'invites' })).json.data.invites;
  expect(list[0]).toMatchObject({ code: res.json.data.code, role: 'volunteer', name: '孙明白', usedAt: null });
  expect(list[0].regionName).toBe(demoDataset().regions.find((r) => r.code === w.at.post.countyCode)!.name);
});

test('invites are refused outside the admin region, for unknown or retired posts, and without a fitting unit', async () => {
  const retired = demoDataset().posts.find((p) => p.status === 'retired')!;
  const county = (await w.h.store.users.byOpenid('demo-county-admin'))!.regionCode;
  const foreign = w.at.farPost.countyCode === county ? w.at.post : w.at.farPost;
  const cases: [Client, Record<string, unknown>, number, string][] = [
    [w.countyAdmin, volunteerInvite({ regionCode: foreign.countyCode, postIds: [foreign.id] }), 403, 'OUT_OF_SCOPE'],
    [w.admin, volunteerInvite({ postIds: [w.at.farPost.id] }), 403, 'OUT_OF_SCOPE'],
    [w.admin, volunteerInvite({ postIds: ['p00000000000000'] }), 404, 'POST_NOT_FOUND'],
    [w.admin, volunteerInvite({ regionCode: retired.countyCode, postIds: [retired.id] }), 400, 'INVALID_INPUT'],
    [w.admin, volunteerInvite({ postIds: [] }), 400, 'INVALID_INPUT'],
    [w.admin, volunteerInvite({ role: 'mediator' }), 400, 'INVALID_INPUT'],
    [w.admin, volunteerInvite({ role: 'staff', postIds: [], serviceId: w.at.farRoom.id }), 400, 'INVALID_INPUT'],
    [w.admin, volunteerInvite({ role: 'staff', postIds: [], serviceId: 'svc-none' }), 404, 'NOT_FOUND'],
    [w.admin, volunteerInvite({ role: 'staff', postIds: [], serviceId: w.at.farCentre.id }), 403, 'OUT_OF_SCOPE'],
    [await loginAs(w.h, 'demo-volunteer'), volunteerInvite(), 403, 'FORBIDDEN'],
    [new Client(w.h.url), volunteerInvite(), 401, 'UNAUTHENTICATED'],
  ];
  const before = (await w.admin.call('admin', { action: 'invites' })).json.data.invites.length;
  for (const [who, body, status, errorCode] of cases) {
    expect(expectError(await who.call('admin', body))).toEqual([status, errorCode]);
  }
  expect((await w.admin.call('admin', { action: 'invites' })).json.data.invites).toHaveLength(before);
});

test('accepting binds a new volunteer to the invited posts; the invite cannot be used again', async () => {
  const c = await code(w.admin, volunteerInvite({ name: '钱明白' }));
  const person = new Client(w.h.url);
  const res = await person.call('work', { action: 'acceptInvite', code: c.toLowerCase() });
  // The confirmation names the role and where: the county the invite was made for.
  const county = (await w.h.store.regions.byCode(w.at.post.countyCode))!.name;
  expect(res.json).toEqual({ ok: true, data: { role: 'volunteer', label: '钱明白', where: county } });
  const profile = (await person.call('work', { action: 'profile' })).json.data;
  expect(profile).toMatchObject({
    role: 'volunteer',
    name: '钱明白',
    posts: [{ id: w.at.post.id, name: w.at.post.name }],
  });
  const user = (await w.h.store.users.byOpenid(
    (await w.h.store.users.list(100)).find((u) => u.label === '钱明白')!.openid,
  ))!;
  expect(user.volunteerId).toMatch(/^v[0-9a-f]+$/);
  expect((await w.h.store.volunteers.byId(user.volunteerId!))!.postIds).toEqual([w.at.post.id]);
  // The same code again: used, whoever tries.
  expect(expectError(await new Client(w.h.url).call('work', { action: 'acceptInvite', code: c }))).toEqual([
    409,
    'INVITE_USED',
  ]);
  expect(
    (await w.admin.call('admin', { action: 'invites' })).json.data.invites.map((i: { code: string }) => i.code),
  ).not.toContain(c);
});

test('an expired, unknown or malformed invite, and a caller already bound, are refused', async () => {
  const c = await code(w.admin, volunteerInvite({ name: '周明白' }));
  const bound = await loginAs(w.h, 'demo-volunteer');
  expect(expectError(await bound.call('work', { action: 'acceptInvite', code: c }))).toEqual([409, 'ALREADY_BOUND']);
  expect(expectError(await new Client(w.h.url).call('work', { action: 'acceptInvite', code: 'ABCDEFGHJKMN' }))).toEqual(
    [404, 'INVITE_NOT_FOUND'],
  );
  expect(expectError(await new Client(w.h.url).call('work', { action: 'acceptInvite', code: 'O0I1' }))).toEqual([
    400,
    'INVALID_INPUT',
  ]);
  w.h.clock.now += 7 * DAY + 1;
  expect(expectError(await new Client(w.h.url).call('work', { action: 'acceptInvite', code: c }))).toEqual([
    410,
    'INVITE_EXPIRED',
  ]);
  expect((await w.h.store.invites.byCode(c))!.usedBy).toBeNull();
});

test('unbinding and re-binding by invite keeps the volunteer row and their figures', async () => {
  w.h.clock.now += 61_000;
  const first = new Client(w.h.url);
  await first.call('work', { action: 'acceptInvite', code: await code(w.admin, volunteerInvite({ name: '吴明白' })) });
  const q = await submit(new Client(w.h.url), questionBody(w.at.post.id));
  const v = (await w.h.store.requests.byId(q))!.version;
  const ans = await first.call('work', { action: 'answer', id: q, version: v, text: '您好，请到司法所咨询。' });
  expect(ans.json.ok).toBe(true);
  const volunteerId = (await w.h.store.requests.byId(q))!.answeredBy!;

  expect((await first.call('work', { action: 'unbind', confirm: true })).json).toEqual({
    ok: true,
    data: { role: 'resident' },
  });
  expect((await first.call('work', { action: 'inbox' })).json.error.code).toBe('UNAUTHENTICATED');
  expect(await w.h.store.volunteers.byId(volunteerId)).not.toBeNull();

  const again = new Client(w.h.url);
  const res = await again.call('work', {
    action: 'acceptInvite',
    code: await code(w.admin, volunteerInvite({ name: '吴明白', volunteerId, postIds: [] })),
  });
  expect(res.json.ok).toBe(true);
  expect((await again.call('work', { action: 'profile' })).json.data.posts).toEqual([
    { id: w.at.post.id, name: w.at.post.name },
  ]);
  const figures = (await again.call('work', { action: 'workload' })).json.data;
  expect(figures.answeredThisMonth).toBe(1);
  expect((await again.call('work', { action: 'detail', id: q })).json.data.answers).toHaveLength(1);
});

test('profiles: a volunteer edits what residents see; staff edit only their name', async () => {
  const volunteer = await loginAs(w.h, 'demo-volunteer');
  const res = await volunteer.call('work', {
    action: 'updateProfile',
    name: '张明远',
    phone: '13600001234',
    phonePublic: true,
    hours: '每天上午',
  });
  expect(res.json.data).toMatchObject({ name: '张明远', phone: '13600001234', phonePublic: true, hours: '每天上午' });
  // The landing page of the volunteer's post shows the new card at once, and hides the number the moment it is
  // made private (the page is cached for a minute: the edit must not wait for it).
  const postId = res.json.data.posts[0].id as string;
  const card = async () => {
    const page = await new Client(w.h.url).call('scan', {
      action: 'land',
      postId,
      scanId: randomUUID(),
      source: 'link',
    });
    return page.json.data.volunteers.find((v: { name: string }) => v.name === '张明远');
  };
  expect(await card()).toMatchObject({ phone: '13600001234', hours: '每天上午' });
  const hidden = await volunteer.call('work', {
    action: 'updateProfile',
    name: '张明远',
    phone: '13600001234',
    phonePublic: false,
    hours: '每天上午',
  });
  expect(hidden.json.data.phonePublic).toBe(false);
  const shown = await card();
  expect(shown).toMatchObject({ phone: null });
  // Nothing of the private number reaches the page, not even its masked form.
  expect(JSON.stringify(shown)).not.toMatch(/136|1234/);
  const staff = await loginAs(w.h, 'demo-staff');
  const s = await staff.call('work', {
    action: 'updateProfile',
    name: '司法所老李',
    phone: '13600001234',
    phonePublic: true,
    hours: '每天上午',
  });
  expect(s.json.data).toMatchObject({ role: 'staff', name: '司法所老李', phone: '', hours: '' });
  expect(s.json.data.unitName).toMatch(/司法所$/);
  expect((await w.h.store.users.byOpenid('demo-staff'))!.label).toBe('司法所老李');
});

test('settings: every admin reads the promise, only the city admin changes it, within 2–72 hours', async () => {
  w.h.clock.now += 61_000;
  expect((await w.countyAdmin.call('admin', { action: 'settings' })).json.data).toEqual({ questionPromiseHours: 24 });
  const refused = await w.countyAdmin.call('admin', { action: 'updateSettings', questionPromiseHours: 12 });
  expect(expectError(refused)).toEqual([403, 'FORBIDDEN']);
  const tooLong = await w.admin.call('admin', { action: 'updateSettings', questionPromiseHours: 100 });
  expect(expectError(tooLong)).toEqual([400, 'INVALID_INPUT']);
  expect(tooLong.json.error.message).toBe('答复时限最多72小时');
  const ok = await w.admin.call('admin', { action: 'updateSettings', questionPromiseHours: 12 });
  expect(ok.json.data).toEqual({ questionPromiseHours: 12 });
  expect((await w.countyAdmin.call('admin', { action: 'settings' })).json.data).toEqual({ questionPromiseHours: 12 });
  const asked = await new Client(w.h.url).call('resident', questionBody(w.at.post.id));
  expect(asked.json.data.dueAt).toBe(w.h.clock.now + 12 * 3600 * 1000);
  const volunteer = await loginAs(w.h, 'demo-volunteer');
  expect(expectError(await volunteer.call('admin', { action: 'settings' }))).toEqual([403, 'FORBIDDEN']);
});
