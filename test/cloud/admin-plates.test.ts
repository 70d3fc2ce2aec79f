/**
 * The plate sheet (二维码牌) on the local runtime: a whole township's active posts or chosen posts, with the slogan,
 * names, the QR image of each plate link and the link itself; only inside the admin's region.
 */
import { PLATE_SLOGAN } from '~/types/api/network';
import { expectRefused, postsIn, withNetwork, COUNTY, TOWNSHIP } from './admin-posts-fixture';

const n = withNetwork();

test("a township's sheet: its active posts in id order, titled by county and township, each with its QR image", async () => {
  const res = await n.county.call('admin', { action: 'plates', townshipCode: TOWNSHIP });
  expect(res.status).toBe(200);
  const sheet = res.json.data;
  expect(sheet.title).toBe('洮北区明仁街道 先锋岗二维码牌');
  expect(sheet.slogan).toBe(PLATE_SLOGAN);
  const active = postsIn(TOWNSHIP, 'active');
  expect(sheet.plates.map((p: { postId: string }) => p.postId)).toEqual(active.map((p) => p.id));
  expect(sheet.plates[0]).toEqual({
    postId: active[0].id,
    name: active[0].name,
    villageName: expect.stringMatching(/社区|村/),
    townshipName: '明仁街道',
    imageUrl: `/qr/${active[0].id}.svg`,
    link: `/s/${active[0].id}`,
  });
  // The image is a QR code the local runtime draws.
  const svg = await fetch(`${n.h.url}${sheet.plates[0].imageUrl}`);
  expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  expect(await svg.text()).toMatch(/^<svg/);
});

test('chosen posts of two townships: titled by their county', async () => {
  const a = postsIn(TOWNSHIP, 'active')[0];
  const b = postsIn(COUNTY, 'active').find((p) => p.townshipCode !== TOWNSHIP)!;
  const sheet = (await n.county.call('admin', { action: 'plates', postIds: [a.id, b.id] })).json.data;
  expect(sheet.title).toBe('洮北区 先锋岗二维码牌');
  expect(sheet.plates.map((p: { postId: string }) => p.postId)).toEqual([a.id, b.id]);
});

test('refused: both or neither choice, a retired post, posts and townships outside the region', async () => {
  const post = postsIn(TOWNSHIP, 'active')[0];
  const retired = postsIn('2208', 'retired').find((p) => p.countyCode === COUNTY)!;
  const sibling = postsIn(COUNTY, 'active').find((p) => p.townshipCode !== TOWNSHIP)!;
  expectRefused(await n.county.call('admin', { action: 'plates' }), 400, 'INVALID_INPUT', /请选择先锋岗或乡镇/);
  expectRefused(
    await n.county.call('admin', { action: 'plates', postIds: [post.id], townshipCode: TOWNSHIP }),
    400,
    'INVALID_INPUT',
  );
  expectRefused(
    await n.county.call('admin', { action: 'plates', postIds: [retired.id] }),
    400,
    'INVALID_INPUT',
    /已撤销/,
  );
  expectRefused(await n.township.call('admin', { action: 'plates', postIds: [sibling.id] }), 403, 'OUT_OF_SCOPE');
  expectRefused(
    await n.township.call('admin', { action: 'plates', townshipCode: sibling.townshipCode }),
    403,
    'OUT_OF_SCOPE',
  );
  expectRefused(await n.county.call('admin', { action: 'plates', townshipCode: `${COUNTY}999` }), 404, 'NOT_FOUND');
});
