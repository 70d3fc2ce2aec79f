/**
 * Running posts (岗位管理) over HTTP on the demo network: lists and details limited to the admin's region, creating
 * with a generated id or a free one, editing and moving with every change in the history, and a retired post whose
 * old plate still lands on the friendly page and whose scans stay counted.
 */
import { randomUUID } from 'node:crypto';
import { cstDay } from './work-fixture';
import { Client } from '../support/local-harness';
import { expectRefused, postsIn, withNetwork, villagesIn, COUNTY, TOWNSHIP } from './admin-posts-fixture';

const n = withNetwork();

test('the township admin lists exactly the posts of their township, in id order, page by page', async () => {
  const expected = postsIn(TOWNSHIP).map((p) => p.id);
  const seen: string[] = [];
  let afterId: string | undefined;
  for (;;) {
    const res = await n.township.call('admin', { action: 'posts', limit: 20, ...(afterId ? { afterId } : {}) });
    expect(res.status).toBe(200);
    seen.push(...res.json.data.posts.map((p: { id: string }) => p.id));
    if (!res.json.data.nextAfterId) break;
    afterId = res.json.data.nextAfterId;
  }
  expect(seen).toEqual(expected);
  const first = (await n.township.call('admin', { action: 'posts', limit: 1 })).json.data.posts[0];
  expect(first.townshipName).toBe('明仁街道');
  expect(first.villageName).toMatch(/社区|村/);
  expect(typeof first.volunteers).toBe('number');
});

test('filters: retired posts, a name, and posts no volunteer serves (无志愿者)', async () => {
  const retired = (await n.city.call('admin', { action: 'posts', status: 'retired', limit: 200 })).json.data.posts;
  expect(retired.map((p: { id: string }) => p.id)).toEqual(postsIn('2208', 'retired').map((p) => p.id));
  const named = (await n.county.call('admin', { action: 'posts', q: '村委会', limit: 200 })).json.data.posts;
  expect(named.length).toBeGreaterThan(0);
  expect(
    named.every((p: { name: string; countyCode: string }) => p.name.includes('村委会') && p.countyCode === COUNTY),
  ).toBe(true);
  // Every demo post has a volunteer: a new one has none.
  const v = villagesIn(COUNTY)[5];
  const created = await n.county.call('admin', {
    action: 'createPost',
    name: '无人值守先锋岗',
    address: '村委会',
    villageCode: v.code,
    lat: v.lat,
    lng: v.lng,
  });
  const unserved = (await n.county.call('admin', { action: 'posts', unserved: true, limit: 30 })).json.data;
  expect(unserved).toEqual({
    posts: [expect.objectContaining({ id: created.json.data.id, volunteers: 0 })],
    nextAfterId: null,
  });
});

test('another county, its posts and its regions are 403 for the township admin; a missing post is 404', async () => {
  const far = postsIn('220881')[0] ?? postsIn('2208').find((p) => p.countyCode !== COUNTY)!;
  const sibling = postsIn(COUNTY).find((p) => p.townshipCode !== TOWNSHIP)!;
  expectRefused(await n.township.call('admin', { action: 'post', postId: far.id }), 403, 'OUT_OF_SCOPE');
  expectRefused(await n.township.call('admin', { action: 'post', postId: sibling.id }), 403, 'OUT_OF_SCOPE');
  expectRefused(await n.township.call('admin', { action: 'posts', regionCode: far.countyCode }), 403, 'OUT_OF_SCOPE');
  expectRefused(await n.county.call('admin', { action: 'post', postId: 'p00000000000099' }), 404, 'POST_NOT_FOUND');
  expect((await n.county.call('admin', { action: 'post', postId: sibling.id })).status).toBe(200);
});

test('a post in detail: its volunteers (mediators counted apart), its plate link, and its history', async () => {
  const servedId = (await n.h.store.volunteers.byId((await n.h.store.users.byOpenid('demo-volunteer'))!.volunteerId!))!
    .postIds[0];
  const res = await n.city.call('admin', { action: 'post', postId: servedId });
  expect(res.json.data.link).toBe(`/s/${servedId}`);
  expect(res.json.data.volunteerList.length).toBeGreaterThan(0);
  expect(res.json.data.volunteerList.some((v: { bound: boolean }) => v.bound)).toBe(true);
  expect(res.json.data.post.volunteers).toBe(res.json.data.volunteerList.length);
  // The demo volunteer's post is served by a mediator too (郭鹏, 调解员).
  const mediators = res.json.data.volunteerList.filter((v: { isMediator: boolean }) => v.isMediator).length;
  expect(mediators).toBeGreaterThan(0);
  expect(res.json.data.post.mediators).toBe(mediators);
});

test('creating: the next id of the village, radius 500 m, active, and a history row by the admin', async () => {
  const village = villagesIn(TOWNSHIP)[1];
  const last = postsIn(village.code).at(-1)!.id;
  const next = `p${village.code}${String(Number(last.slice(13)) + 1).padStart(2, '0')}`;
  const body = {
    action: 'createPost',
    name: '幸福社区便民先锋岗',
    address: '明仁街道幸福社区服务站',
    villageCode: village.code,
    lat: village.lat + 0.002,
    lng: village.lng,
  };
  const res = await n.township.call('admin', body);
  expect(res.status).toBe(200);
  expect(res.json.data).toMatchObject({
    id: next,
    radiusM: 500,
    status: 'active',
    townshipCode: TOWNSHIP,
    villageName: village.name,
    volunteers: 0,
  });
  const detail = (await n.township.call('admin', { action: 'post', postId: next })).json.data;
  expect(detail.history).toEqual([
    { at: n.h.clock.now, by: '演示乡镇管理员', action: 'create', summary: '新建先锋岗「幸福社区便民先锋岗」' },
  ]);
  // A given id: free once, then taken.
  const given = { ...body, id: 'pTEST-given-01', name: '自编号先锋岗' };
  expect((await n.township.call('admin', given)).status).toBe(200);
  expectRefused(await n.township.call('admin', given), 409, 'POST_EXISTS');
});

test('creating is refused outside the scope, for an unknown village, outside the city and far from the village', async () => {
  const village = villagesIn(TOWNSHIP)[0];
  const other = villagesIn(COUNTY).find((v) => !v.code.startsWith(TOWNSHIP))!;
  const body = (extra: Record<string, unknown>) => ({
    action: 'createPost',
    name: '新先锋岗',
    address: '村委会',
    villageCode: village.code,
    lat: village.lat,
    lng: village.lng,
    ...extra,
  });
  const before = (await n.h.store.posts.inRegion(TOWNSHIP, null, 1000)).length;
  expectRefused(
    await n.township.call('admin', body({ villageCode: other.code, lat: other.lat, lng: other.lng })),
    403,
    'OUT_OF_SCOPE',
  );
  expectRefused(
    await n.township.call('admin', body({ villageCode: `${TOWNSHIP}999` })),
    404,
    'VILLAGE_NOT_FOUND',
    /没有找到村代码/,
  );
  // A code that names no village anywhere is a typo too, not "outside your region".
  expectRefused(
    await n.township.call('admin', body({ villageCode: '229999999999' })),
    404,
    'VILLAGE_NOT_FOUND',
    /没有找到村代码/,
  );
  expectRefused(
    await n.township.call('admin', body({ lat: 39.9, lng: 116.4 })),
    400,
    'OUTSIDE_CITY',
    /不在白城市范围内/,
  );
  // Swapped: 122° is no latitude at all.
  expectRefused(
    await n.township.call('admin', body({ lat: village.lng, lng: village.lat })),
    400,
    'INVALID_INPUT',
    /纬度超出范围/,
  );
  expectRefused(await n.township.call('admin', body({ lng: 126.5 })), 400, 'OUTSIDE_CITY');
  expectRefused(await n.township.call('admin', body({ lat: village.lat + 0.3 })), 400, 'INVALID_INPUT', /超过20公里/);
  expectRefused(await n.township.call('admin', body({ name: 'x' })), 400, 'INVALID_INPUT', /至少2个字/);
  expect((await n.h.store.posts.inRegion(TOWNSHIP, null, 1000)).length).toBe(before);
});

test('editing and moving: one history row saying what changed; nothing to change is a 400', async () => {
  const p = postsIn(TOWNSHIP, 'active')[2];
  const resident = new Client(n.h.url);
  const landedName = async () =>
    (await resident.call('scan', { action: 'land', postId: p.id, scanId: randomUUID() })).json.data.post.name;
  expect(await landedName()).toBe(p.name);
  const res = await n.township.call('admin', {
    action: 'updatePost',
    postId: p.id,
    name: '改名后的先锋岗',
    lat: p.lat + 0.001,
  });
  expect(res.json.data).toMatchObject({ name: '改名后的先锋岗', lat: p.lat + 0.001, lng: p.lng });
  const [entry] = (await n.township.call('admin', { action: 'post', postId: p.id })).json.data.history;
  expect(await landedName()).toBe('改名后的先锋岗');
  expect(entry.action).toBe('move');
  expect(entry.summary).toBe(
    `名称由「${p.name}」改为「改名后的先锋岗」；位置由 ${p.lat},${p.lng} 移至 ${Math.round((p.lat + 0.001) * 1e6) / 1e6},${p.lng}`,
  );
  expectRefused(
    await n.township.call('admin', { action: 'updatePost', postId: p.id, name: '改名后的先锋岗' }),
    400,
    'INVALID_INPUT',
    /^没有要保存的修改$/,
  );
  expectRefused(await n.township.call('admin', { action: 'updatePost', postId: p.id, lng: 130 }), 400, 'OUTSIDE_CITY');
  expect((await n.h.store.posts.byId(p.id))!.lng).toBe(p.lng);
});

test('a retired post: its old plate lands on the friendly page, its scans stay counted, and it can be restored', async () => {
  const p = postsIn(TOWNSHIP, 'active')[3];
  const resident = new Client(n.h.url);
  const scan = () => resident.call('scan', { action: 'land', postId: p.id, scanId: randomUUID() });
  expect((await scan()).status).toBe(200);
  const day = cstDay(n.h.clock.now).replace(/-/g, '');
  const counted = async () => (await n.h.store.stats.daily(p.id, [day]))[0]?.count ?? 0;
  expect(await counted()).toBe(1);

  const retired = await n.township.call('admin', { action: 'updatePost', postId: p.id, status: 'retired' });
  expect(retired.json.data.status).toBe('retired');
  expectRefused(await scan(), 404, 'POST_RETIRED', /^这个先锋岗已撤销，您仍可拨打下方电话求助$/);
  expect(await counted()).toBe(1);
  const history = (await n.township.call('admin', { action: 'post', postId: p.id })).json.data.history;
  expect(history[0]).toMatchObject({ action: 'retire', summary: expect.stringMatching(/^撤销先锋岗/) });

  await n.township.call('admin', { action: 'updatePost', postId: p.id, status: 'active' });
  // Another resident: the first one's repeat within 30 minutes is answered but not counted again.
  const neighbour = new Client(n.h.url);
  expect((await neighbour.call('scan', { action: 'land', postId: p.id, scanId: randomUUID() })).status).toBe(200);
  expect(await counted()).toBe(2);
});
