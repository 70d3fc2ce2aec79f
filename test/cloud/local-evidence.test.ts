/**
 * Evidence photos on the local runtime: the office deciding a legal-aid pre-application opens its photos through
 * work.evidence, which logs the view and hands out /files links signed for that staff member for five minutes;
 * the link is worth nothing to anyone else or once expired, and the owner still reads their own photos as before.
 */
import type { Post } from '~/types/domain';
import { startAtPost, type Harness } from '../support/local-harness';
import { PhotoTab } from '../support/photo-tab';
import { PNG, aidBody } from '../support/request-bodies';

let h: Harness;
let post: Post;
beforeAll(async () => ({ h, post } = await startAtPost()));
afterAll(() => h.close());

/** A logged-in browser that keeps its cookie for raw fetches too. */
async function tab(openid: string) {
  const client = await new PhotoTab(h.url).as(openid);
  return { client, get: (path: string) => client.get(path), upload: () => client.uploadId() };
}

test('the deciding office opens the photos through a logged, signed link; nobody else can use it', async () => {
  const resident = await tab('demo-resident');
  const photos = [await resident.upload(), await resident.upload()];
  const sent = await resident.client.call('resident', aidBody(post.id, { photos }));
  expect(sent.status).toBe(200);
  const rec = (await h.store.requests.byId(sent.json.data.id))!;
  // Staff of the office the application went to, and of another office.
  await h.store.users.put({
    openid: 'demo-aid-desk',
    role: 'staff',
    regionCode: post.countyCode,
    label: '法律援助中心 王审查',
    volunteerId: null,
    serviceId: rec.assignee,
  });
  const staff = await tab('demo-aid-desk');
  const other = await tab('demo-staff');

  const res = await staff.client.call('work', { action: 'evidence', id: rec.id });
  expect(res.status).toBe(200);
  const urls: string[] = res.json.data.photos.map((p: { url: string }) => p.url);
  expect(urls.map((u) => u.split('?')[0])).toEqual(photos.map((id) => `/files/${id}`));
  const got = await staff.get(urls[0]);
  expect(got.status).toBe(200);
  expect(Buffer.from(await got.arrayBuffer())).toEqual(PNG);
  const audit = (await h.store.audit.forRequest(rec.id, 50)).filter((e) => e.action === 'view.photos');
  expect(audit.map((e) => [e.actor, e.actorLabel])).toEqual([['demo-aid-desk', '法律援助中心 王审查']]);

  // The same link is worth nothing to another worker, to no session, or to a forged or stretched signature.
  expect((await other.get(urls[0])).status).toBe(404);
  expect((await fetch(`${h.url}${urls[0]}`)).status).toBe(404);
  expect((await staff.get(`/files/${photos[0]}`)).status).toBe(404);
  expect((await staff.get(urls[0].replace(/until=\d+/, `until=${h.clock.now + 86400_000}`))).status).toBe(404);
  expect((await staff.get(urls[1].replace(photos[1], photos[0]))).status).toBe(404);
  // Another office may not ask for links at all; the owner still reads their own photo without one.
  expect((await other.client.call('work', { action: 'evidence', id: rec.id })).status).toBe(404);
  expect((await resident.get(`/files/${photos[0]}`)).status).toBe(200);

  // Five minutes later the link has expired; asking again is another logged view.
  h.clock.now += 5 * 60 * 1000 + 1;
  expect((await staff.get(urls[0])).status).toBe(404);
  const again = await staff.client.call('work', { action: 'evidence', id: rec.id });
  expect((await staff.get(again.json.data.photos[0].url)).status).toBe(200);
  expect((await h.store.audit.forRequest(rec.id, 50)).filter((e) => e.action === 'view.photos')).toHaveLength(2);
});
