/**
 * People (人员管理) over HTTP: a region's volunteers with their village, binding and posts; posts nobody serves are
 * counted; assigning replaces a volunteer's posts inside the region; deactivating takes them off every post and
 * ends their WeChat binding while the requests they handled stay; restoring brings them back without posts.
 * Also the pickers: service points and child regions of the scope.
 */
import { Client } from '../support/local-harness';
import { questionBody, submit } from './work-fixture';
import { expectRefused, postsIn, withNetwork, COUNTY, TOWNSHIP } from './admin-posts-fixture';

const n = withNetwork();

async function demoVolunteer() {
  const user = (await n.h.store.users.byOpenid('demo-volunteer'))!;
  return (await n.h.store.volunteers.byId(user.volunteerId!))!;
}

test("the people of a region: village, binding, posts by name; the township admin sees only their township's", async () => {
  const me = await demoVolunteer();
  expect(me.villageCode.startsWith(COUNTY)).toBe(true);
  const seen: { volunteerId: string; bound: boolean; posts: { id: string; name: string }[] }[] = [];
  let afterId: string | undefined;
  do {
    const res = await n.county.call('admin', { action: 'people', limit: 200, ...(afterId ? { afterId } : {}) });
    expect(res.json.data.unservedPosts).toBe(0);
    seen.push(...res.json.data.people);
    afterId = res.json.data.nextAfterId ?? undefined;
  } while (afterId);
  const row = seen.find((p) => p.volunteerId === me.id)!;
  expect(row).toMatchObject({ name: me.name, active: true, bound: true });
  expect(row.posts).toEqual(me.postIds.map((id) => ({ id, name: postsIn(COUNTY).find((p) => p.id === id)!.name })));
  const mine = (await n.township.call('admin', { action: 'people', limit: 200 })).json.data.people;
  expect(mine.length).toBeGreaterThan(0);
  for (const p of mine) {
    const v = (await n.h.store.volunteers.byId(p.volunteerId))!;
    expect(v.villageCode.startsWith(TOWNSHIP)).toBe(true);
  }
  expectRefused(await n.township.call('admin', { action: 'people', regionCode: COUNTY }), 403, 'OUT_OF_SCOPE');
});

test('assigning replaces the posts; posts outside the region, retired posts and foreign volunteers are refused', async () => {
  const me = await demoVolunteer();
  const [a, b] = postsIn(COUNTY, 'active').filter((p) => !me.postIds.includes(p.id));
  const res = await n.county.call('admin', { action: 'assignPosts', volunteerId: me.id, postIds: [a.id, b.id] });
  expect(res.json.data).toMatchObject({
    volunteerId: me.id,
    posts: [
      { id: a.id, name: a.name },
      { id: b.id, name: b.name },
    ],
  });
  expect((await n.h.store.volunteers.byId(me.id))!.postIds).toEqual([a.id, b.id]);
  const far = postsIn('2208', 'active').find((p) => p.countyCode !== COUNTY)!;
  const retired = postsIn(COUNTY, 'retired')[0];
  const assign = (postIds: string[], volunteerId = me.id) =>
    n.county.call('admin', { action: 'assignPosts', volunteerId, postIds });
  expectRefused(await assign([a.id, far.id]), 403, 'OUT_OF_SCOPE');
  expectRefused(await assign([retired.id]), 400, 'INVALID_INPUT', /已撤销/);
  const foreign = (await n.h.store.volunteers.inRegion(far.countyCode, null, 1))[0];
  expectRefused(await assign([], foreign.id), 404, 'VOLUNTEER_NOT_FOUND');
  expectRefused(await assign([], 'v-nobody'), 404, 'VOLUNTEER_NOT_FOUND');
  expect((await n.h.store.volunteers.byId(me.id))!.postIds).toEqual([a.id, b.id]);
  await assign(me.postIds);
});

test('deactivating: off every post, unbound, not counted as serving, history kept; restoring brings no posts', async () => {
  const me = await demoVolunteer();
  const volunteer = await (async () => {
    const c = new Client(n.h.url);
    expect(await c.login('demo-volunteer')).toBe(200);
    return c;
  })();
  const requestId = await submit(new Client(n.h.url), questionBody(me.postIds[0]));
  expect((await volunteer.call('work', { action: 'detail', id: requestId })).status).toBe(200);
  const post = me.postIds[0];
  const servedBefore = (await n.h.store.posts.volunteerCounts([post])).get(post)!.all;
  expect(servedBefore).toBeGreaterThan(0);

  const off = await n.county.call('admin', { action: 'deactivate', volunteerId: me.id, active: false });
  expect(off.json.data).toMatchObject({ volunteerId: me.id, active: false, bound: false, posts: [] });
  expect(await n.h.store.users.byOpenid('demo-volunteer')).toBeNull();
  expect((await n.h.store.posts.volunteerCounts([post])).get(post)?.all ?? 0).toBe(servedBefore - 1);
  expect((await volunteer.call('work', { action: 'detail', id: requestId })).status).toBe(401);
  expect((await n.h.store.requests.byId(requestId))!.timeline.length).toBeGreaterThan(0);
  const assignWhileOff = await n.county.call('admin', {
    action: 'assignPosts',
    volunteerId: me.id,
    postIds: [post],
  });
  expectRefused(assignWhileOff, 400, 'INVALID_INPUT', /已停用/);

  const on = await n.county.call('admin', { action: 'deactivate', volunteerId: me.id, active: true });
  expect(on.json.data).toMatchObject({ active: true, bound: false, posts: [] });
});

test('an inactive volunteer does not keep a post served: it counts as 无志愿者', async () => {
  const post = postsIn(TOWNSHIP, 'active')[5];
  const serving = await n.h.store.volunteers.forPost(post.id, 50);
  for (const v of serving) await n.township.call('admin', { action: 'deactivate', volunteerId: v.id, active: false });
  const people = (await n.township.call('admin', { action: 'people', limit: 1 })).json.data;
  expect(people.unservedPosts).toBeGreaterThanOrEqual(1);
  const unserved = (await n.township.call('admin', { action: 'posts', unserved: true, limit: 200 })).json.data.posts;
  expect(unserved.map((p: { id: string }) => p.id)).toContain(post.id);
});

test('pickers: service points of the region by kind, and child regions of a region in the scope', async () => {
  const offices = (await n.county.call('admin', { action: 'services', kind: 'judicialOffice' })).json.data.services;
  expect(offices.length).toBeGreaterThan(0);
  expect(
    offices.every(
      (s: { kind: string; regionCode: string }) => s.kind === 'judicialOffice' && s.regionCode.startsWith(COUNTY),
    ),
  ).toBe(true);
  expectRefused(await n.township.call('admin', { action: 'services', regionCode: COUNTY }), 403, 'OUT_OF_SCOPE');

  const counties = (await n.city.call('admin', { action: 'regions' })).json.data;
  expect(counties.parent).toEqual({ code: '220800', name: '白城市', level: 'city' });
  expect(counties.regions).toHaveLength(5);
  const townships = (await n.county.call('admin', { action: 'regions' })).json.data.regions;
  expect(
    townships.every((r: { level: string; code: string }) => r.level === 'township' && r.code.startsWith(COUNTY)),
  ).toBe(true);
  const villages = (await n.township.call('admin', { action: 'regions' })).json.data.regions;
  expect(villages.map((r: { code: string }) => r.code)).toEqual(
    postsIn(TOWNSHIP)
      .map((p) => p.villageCode)
      .filter((c, i, all) => all.indexOf(c) === i),
  );
  expectRefused(await n.township.call('admin', { action: 'regions', parentCode: COUNTY }), 403, 'OUT_OF_SCOPE');
});
