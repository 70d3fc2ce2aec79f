/**
 * Evidence photos on a legal-aid pre-application over the local runtime: only real JPG/PNG up to 2 MB are kept,
 * only their owner can fetch them, a submission may only name the caller's own photos, and deleting my data
 * deletes them too.
 */
import { randomUUID } from 'node:crypto';
import type { Post } from '~/types/domain';
import { startAtPost, type Harness } from '../support/local-harness';
import { PhotoTab } from '../support/photo-tab';
import { PNG, aidBody } from '../support/request-bodies';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);

let h: Harness;
let post: Post;
beforeAll(async () => ({ h, post } = await startAtPost()));
afterAll(() => h.close());
// Each case starts past the hourly submission cap of the ones before it.
beforeEach(() => {
  h.clock.now += 2 * 3600 * 1000;
});

const photoCount = () => (h.store.db.prepare('SELECT COUNT(*) n FROM photos').get() as { n: number }).n;
const requestCount = () => (h.store.db.prepare('SELECT COUNT(*) n FROM requests').get() as { n: number }).n;

const aid = (photos: string[]) => aidBody(post.id, { photos });

test('a PNG and a JPG are accepted and their owner gets the same bytes back', async () => {
  const me = await new PhotoTab(h.url).as('demo-resident');
  const png = await me.upload(PNG, 'image/png');
  expect(png.status).toBe(200);
  expect(png.json.data?.fileId).toMatch(/^f[0-9a-f]{24}$/);
  const got = await me.fetchPhoto(png.json.data!.fileId);
  expect(got.status).toBe(200);
  expect(got.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await got.arrayBuffer())).toEqual(PNG);
  expect((await me.upload(JPEG, 'image/jpeg')).status).toBe(200);
});

test('another type, a fake PNG and anything over 2 MB are refused and nothing is stored', async () => {
  const me = await new PhotoTab(h.url).as('demo-resident');
  const before = photoCount();
  const gif = await me.upload(Buffer.from('GIF89a……'), 'image/gif');
  expect(gif.status).toBe(400);
  expect(gif.json.error).toEqual({ code: 'INVALID_INPUT', message: '只能上传 JPG 或 PNG 图片' });
  const fake = await me.upload(Buffer.concat([Buffer.from('not a png at all'), PNG]), 'image/png');
  expect(fake.status).toBe(400);
  expect(fake.json.error?.message).toBe('只能上传 JPG 或 PNG 图片');
  const huge = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
  const big = await me.upload(huge, 'image/png');
  expect(big.status).toBe(413);
  expect(big.json.error).toEqual({ code: 'BODY_TOO_LARGE', message: '图片不能超过2MB' });
  expect(photoCount()).toBe(before);
});

test('another resident, or no session at all, cannot fetch my photo (404, like an unknown id)', async () => {
  const me = await new PhotoTab(h.url).as('demo-resident');
  const id = (await me.upload(PNG, 'image/png')).json.data!.fileId;
  const other = await new PhotoTab(h.url).as('demo-volunteer');
  expect((await other.fetchPhoto(id)).status).toBe(404);
  expect((await fetch(`${h.url}/files/${id}`)).status).toBe(404);
  expect((await me.fetchPhoto('f000000000000000000000000')).status).toBe(404);
});

test('a pre-application keeps my photos and its detail says 证明材料：N张照片', async () => {
  const me = await new PhotoTab(h.url).as('demo-resident');
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) ids.push((await me.upload(PNG, 'image/png')).json.data!.fileId);
  const sent = await me.call('resident', aid(ids));
  expect(sent.status).toBe(200);
  const detail = await me.call('resident', { action: 'requestDetail', id: sent.json.data.id });
  expect(detail.json.data.fields).toContainEqual({ label: '证明材料', value: '3张照片' });
  const four = await me.call('resident', aid([...ids, ids[0]]));
  expect(four.status).toBe(400);
});

test("naming someone else's or an unknown photo is refused with 400 and writes nothing", async () => {
  const other = await new PhotoTab(h.url).as('demo-volunteer');
  const theirs = (await other.upload(PNG, 'image/png')).json.data!.fileId;
  const me = await new PhotoTab(h.url).as('demo-resident');
  const mine = (await me.upload(PNG, 'image/png')).json.data!.fileId;
  const before = requestCount();
  for (const photos of [[mine, theirs], ['f111111111111111111111111'], ['cloud://env-1.bucket/aid/x/y.jpg']]) {
    const out = await me.call('resident', aid(photos));
    expect(out.status).toBe(400);
    expect(out.json.error).toEqual({ code: 'INVALID_INPUT', message: '照片已失效，请重新上传' });
  }
  expect(requestCount()).toBe(before);
});

test('the local runtime has no cloud storage: a slot is only a path, and no cloud fileID is accepted', async () => {
  const me = await new PhotoTab(h.url).as('demo-resident');
  const other = await new PhotoTab(h.url).as('demo-volunteer');
  const mine = (await me.call('resident', { action: 'me' })).json.data.photoFolder as string;
  const theirs = (await other.call('resident', { action: 'me' })).json.data.photoFolder as string;
  expect(mine).toMatch(/^aid\/[0-9a-f]{32}$/);
  expect(theirs).not.toBe(mine);
  const slot = (await me.call('resident', { action: 'photoSlot' })).json.data.cloudPath as string;
  expect(slot.startsWith(`${mine}/`)).toBe(true);
  // On CloudBase a fileID must be the upload of a slot the server recorded; here nothing records one.
  for (const path of [slot, `${mine}/${randomUUID()}.jpg`]) {
    const out = await me.call('resident', aid([`cloud://env-1a2b.656e-env-1a2b-1300/${path}`]));
    expect([out.status, out.json.error?.message]).toEqual([400, '照片已失效，请重新上传']);
  }
});

test('deleting my data deletes my photos and leaves everyone else’s', async () => {
  const other = await new PhotoTab(h.url).as('demo-volunteer');
  const theirs = (await other.upload(PNG, 'image/png')).json.data!.fileId;
  const me = await new PhotoTab(h.url).as('demo-mediator');
  const mine = (await me.upload(PNG, 'image/png')).json.data!.fileId;
  expect((await me.call('resident', aid([mine]))).status).toBe(200);
  expect((await me.call('resident', { action: 'deleteMyData', confirm: true })).json.data).toEqual({ deleted: 1 });
  expect((await me.fetchPhoto(mine)).status).toBe(404);
  expect((await other.fetchPhoto(theirs)).status).toBe(200);
});
