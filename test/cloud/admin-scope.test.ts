/**
 * Region-scoped admins (分级管理员): a county admin invites a township admin of a township in their county; the
 * invite binds the new admin to that township alone (no volunteer row); from then on every list and action of theirs
 * stays inside it, and another county's posts and regions answer 403. Admin invites above or beside the inviter's
 * own region, for a village, or naming posts are refused.
 */
import { Client } from '../support/local-harness';
import { expectRefused, postsIn, scopeOf, withNetwork, villagesIn, COUNTY } from './admin-posts-fixture';

const n = withNetwork();

const invite = (regionCode: string, extra: Record<string, unknown> = {}) => ({
  action: 'createInvite',
  role: 'admin',
  regionCode,
  name: '赵镇长',
  ...extra,
});

test('a township admin invited by the county admin sees only their township; another county is 403', async () => {
  const township = postsIn(COUNTY).find((p) => p.townshipCode !== scopeOf('demo-township-admin'))!.townshipCode;
  const created = await n.county.call('admin', invite(township));
  expect(created.status).toBe(200);
  const volunteersBefore = (await n.h.store.volunteers.inRegion('2208', null, 100_000)).length;
  const person = new Client(n.h.url);
  const accepted = await person.call('work', { action: 'acceptInvite', code: created.json.data.code });
  const where = (await n.h.store.regions.byCode(township))!.name;
  expect(accepted.json).toEqual({ ok: true, data: { role: 'admin', label: '赵镇长', where } });
  const bound = (await n.h.store.users.list(1000)).find((u) => u.label === '赵镇长')!;
  expect(bound).toMatchObject({ role: 'admin', regionCode: township, volunteerId: null, serviceId: null });
  expect((await n.h.store.volunteers.inRegion('2208', null, 100_000)).length).toBe(volunteersBefore);

  const listed = (await person.call('admin', { action: 'posts', limit: 200 })).json.data.posts;
  expect(listed.map((p: { id: string }) => p.id)).toEqual(postsIn(township).map((p) => p.id));
  const far = postsIn('2208').find((p) => p.countyCode !== COUNTY)!;
  expectRefused(await person.call('admin', { action: 'post', postId: far.id }), 403, 'OUT_OF_SCOPE');
  expectRefused(await person.call('admin', { action: 'regions', parentCode: far.countyCode }), 403, 'OUT_OF_SCOPE');
  expectRefused(await person.call('admin', { action: 'posts', regionCode: far.townshipCode }), 403, 'OUT_OF_SCOPE');
  expectRefused(await person.call('admin', { action: 'stats', regionCode: far.countyCode }), 403, 'OUT_OF_SCOPE');
  // Their own villages are theirs to manage.
  const village = villagesIn(township)[0];
  const made = await person.call('admin', {
    action: 'createPost',
    name: '新设先锋岗',
    address: '村委会',
    villageCode: village.code,
    lat: village.lat,
    lng: village.lng,
  });
  expect(made.status).toBe(200);
  // And an admin may invite admins for their own region, but not above it.
  expect((await person.call('admin', invite(township, { name: '钱副镇长' }))).status).toBe(200);
  expectRefused(await person.call('admin', invite(COUNTY, { name: '孙科长' })), 403, 'OUT_OF_SCOPE');
});

test('admin invites outside the scope, for a village, or naming posts, units or volunteers are refused', async () => {
  const far = postsIn('2208').find((p) => p.countyCode !== COUNTY)!;
  const mine = postsIn(COUNTY, 'active')[0];
  expectRefused(await n.county.call('admin', invite(far.countyCode)), 403, 'OUT_OF_SCOPE');
  expectRefused(await n.county.call('admin', invite('220800')), 403, 'OUT_OF_SCOPE');
  expectRefused(await n.county.call('admin', invite(mine.villageCode)), 400, 'INVALID_INPUT', /不能是村/);
  expectRefused(await n.county.call('admin', invite(COUNTY, { postIds: [mine.id] })), 400, 'INVALID_INPUT', /不需要/);
  expectRefused(await n.county.call('admin', invite(COUNTY, { serviceId: 'J01' })), 400, 'INVALID_INPUT', /不需要/);
  // The city admin invites a county admin, who lands in that county.
  const code = (await n.city.call('admin', invite(far.countyCode, { name: '周局长' }))).json.data.code;
  const person = new Client(n.h.url);
  await person.call('work', { action: 'acceptInvite', code });
  const regions = (await person.call('admin', { action: 'regions' })).json.data;
  expect(regions.parent.code).toBe(far.countyCode);
});
