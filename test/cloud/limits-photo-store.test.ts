/**
 * The photo store against a client that would fill it (local/uploads.ts, store/sqlite/photos.ts): bytes a day per
 * address, the store's cap counting only photos no one has dealt with yet, and the sweep keeping only photos a
 * legal-aid application or a volunteer profile holds.
 */
import { PhotoTab } from '../support/photo-tab';
import { startHarness, type Harness } from '../support/local-harness';
import { aidBody, loginAs, places, questionBody, submit, workDetail } from './work-fixture';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const MINUTE = 60_000;
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);
const photoOf = (bytes: number) => Buffer.concat([JPEG, Buffer.alloc(bytes - JPEG.length, 3)]);
const photoCount = () => (h.store.db.prepare('SELECT COUNT(*) n FROM photos').get() as { n: number }).n;
/** A cookie-less upload: a new identity each time, from the harness's one address. */
const anonymousUpload = (bytes: Buffer) => new PhotoTab(h.url).upload(bytes, 'image/jpeg');
const cron = (hoursLater: number) =>
  fetch(`${h.url}/dev/cron`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ hoursLater }),
  }).then((r) => r.json());

test('uploads: 64 MB a day per address, however many cookies and hours it spreads them over', async () => {
  const photo = photoOf(2 * 1024 * 1024);
  const statuses: number[] = [];
  // Two hours of 16 photos of 2 MB (each hour's 32 MB): the day's 64 MB.
  for (let hour = 0; hour < 2; hour++) {
    for (let i = 0; i < 16; i++) statuses.push((await anonymousUpload(photo)).status);
    h.clock.now += 61 * MINUTE;
  }
  expect(statuses).toEqual(Array(32).fill(200));
  const refused = await anonymousUpload(JPEG);
  expect(refused.status).toBe(429);
  expect(refused.json.error).toEqual({
    code: 'RATE_LIMITED',
    message: '这个网络今天上传的照片太多了，请明天再试或联系工作人员',
  });
  // Hours later still refused; a day after its first upload the address may upload again.
  h.clock.now += 10 * 60 * MINUTE;
  expect((await anonymousUpload(JPEG)).status).toBe(429);
  h.clock.now += 12 * 60 * MINUTE;
  expect((await anonymousUpload(JPEG)).status).toBe(200);
  expect(photoCount()).toBe(33);
});

test('a full store opens again when the office decides the applications holding its photos', async () => {
  process.env.MAX_PHOTO_STORE_MB = '1';
  try {
    const post = places().post;
    const resident = new PhotoTab(h.url);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) ids.push((await resident.upload(photoOf(600 * 1024), 'image/jpeg')).json.data.fileId);
    // The same photos on two applications (nothing forbids it).
    const first = await submit(resident, aidBody(post.id, { photos: ids }));
    const second = await submit(resident, aidBody(post.id, { photos: ids }));
    // Held by applications no one has decided yet: the store is full for everyone.
    const someoneElse = await anonymousUpload(JPEG);
    expect([someoneElse.status, someoneElse.json.error.message]).toEqual([
      429,
      '照片存储已满，请稍后再试或联系工作人员',
    ]);
    // The office declines them (junk applications, say): their photos are kept as the cases' evidence, and once no
    // application still waits on them they no longer hold the store's room.
    const staff = await loginAs(h, 'demo-aid-staff');
    const decline = async (id: string) => {
      const d = await workDetail(staff, id);
      const decided = await staff.call('work', {
        action: 'decide',
        id,
        version: d.version,
        decision: 'decline',
        reason: '所申请事项不属于法律援助范围',
      });
      expect(decided.json).toMatchObject({ ok: true, data: { status: 'declined' } });
    };
    await decline(first);
    expect((await anonymousUpload(JPEG)).status).toBe(429);
    await decline(second);
    expect((await anonymousUpload(JPEG)).status).toBe(200);
    expect((await resident.fetchPhoto(ids[0])).status).toBe(200);
  } finally {
    delete process.env.MAX_PHOTO_STORE_MB;
  }
});

test('a photo id written into a question does not keep the photo: only applications and profiles hold one', async () => {
  const post = places().post;
  const resident = new PhotoTab(h.url);
  const kept = (await resident.upload(JPEG, 'image/jpeg')).json.data.fileId as string;
  const quoted = (await resident.upload(JPEG, 'image/jpeg')).json.data.fileId as string;
  await submit(resident, aidBody(post.id, { photos: [kept] }));
  await submit(resident, questionBody(post.id, { text: `请看照片 ${quoted}，老板拖欠工资怎么办？` }));
  expect((await cron(25)).data.orphanPhotos).toBe(1);
  expect(h.store.db.prepare('SELECT id FROM photos').all()).toEqual([{ id: kept }]);
});
