/**
 * Evidence uploads on CloudBase go through slots (resident.photoSlot): the server names each upload's path, holds
 * the local runtime's caps there (12 a minute per identity, 40 MB held per identity, 2 GB not yet attached in all),
 * and a submission accepts only files of slots it issued to its caller, each read back and checked by its bytes: a
 * file over 2 MB or not a JPG/PNG is refused, deleted from storage with its slot, and nothing is stored.
 */
import { randomUUID } from 'node:crypto';
import { MAX_PHOTO_BYTES } from '~/types/api/requests';
import { photoFolder } from '~/cloudfunctions/domain/requests/photos';
import {
  CHECKED_SLOTS_MAX,
  OWNER_PHOTO_BYTES,
  SLOTS_PER_ADDRESS,
  SLOTS_PER_MINUTE,
  ORPHAN_SLOT_MS,
} from '~/cloudfunctions/domain/requests/photo-slots';
import {
  ORPHAN_PHOTO_MS,
  OWNER_PHOTO_BYTES as LOCAL_OWNER_BYTES,
  TOTAL_PHOTO_BYTES,
  UPLOADS_PER_ADDRESS,
  UPLOADS_PER_MINUTE,
} from '~/cloudfunctions/local/uploads';
import { EVIDENCE_PREFIX, JPEG } from '../support/evidence-storage-standin';
import { AID_STAFF, apply, photoWorld, requestCount, upload, type PhotoWorld } from './photo-fixture';

const SALT = { secrets: { visitorSalt: 'test-salt' } };
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
const MINUTE = 60_000;

let w: PhotoWorld;
beforeEach(async () => {
  w = await photoWorld();
});

test('the caps are the local runtime’s', () => {
  expect([SLOTS_PER_MINUTE, SLOTS_PER_ADDRESS, OWNER_PHOTO_BYTES, ORPHAN_SLOT_MS]).toEqual([
    UPLOADS_PER_MINUTE,
    UPLOADS_PER_ADDRESS,
    LOCAL_OWNER_BYTES,
    ORPHAN_PHOTO_MS,
  ]);
  expect(CHECKED_SLOTS_MAX * MAX_PHOTO_BYTES).toBe(TOTAL_PHOTO_BYTES);
});

test('a slot is a fresh path in the caller’s folder; its upload attaches, read once, its size recorded', async () => {
  const slot = await w.resident('o-res-1', { action: 'photoSlot' });
  expect(slot.data).toEqual({ cloudPath: expect.any(String), maxBytes: MAX_PHOTO_BYTES });
  const folder = photoFolder(SALT, 'o-res-1');
  expect(slot.data.cloudPath).toMatch(new RegExp(`^${folder}/[0-9a-f-]{36}\\.jpg$`));
  const fileId = w.storage.clientUpload(slot.data.cloudPath, JPEG);
  const png = await upload(w, 'o-res-1', PNG);
  const body = { clientId: randomUUID() };
  const sent = await apply(w, 'o-res-1', [fileId, png], body);
  expect([sent.status, sent.data.created]).toEqual([200, true]);
  expect(w.storage.downloads.sort()).toEqual([fileId, png].sort());
  const mine = w.slots().sort((a, b) => a.bytes - b.bytes);
  expect(mine.map((s) => [s.owner, s.state, s.bytes])).toEqual([
    ['o-res-1', 'checked', JPEG.length],
    ['o-res-1', 'checked', PNG.length],
  ]);
  // A retry of the same form (a lost reply) answers the same request and reads nothing again.
  const again = await apply(w, 'o-res-1', [fileId, png], body);
  expect([again.status, again.data.id, again.data.created]).toEqual([200, sent.data.id, false]);
  expect(w.storage.downloads).toHaveLength(2);
});

test.each([
  ['a JPEG over 2 MB', Buffer.concat([JPEG, Buffer.alloc(MAX_PHOTO_BYTES)]), '图片不能超过2MB'],
  ['a GIF', GIF, '只能上传 JPG 或 PNG 图片'],
  ['text named .jpg', Buffer.from('not a photo at all'), '只能上传 JPG 或 PNG 图片'],
  ['a bare JPEG signature', Buffer.from([0xff, 0xd8, 0xff]), '只能上传 JPG 或 PNG 图片'],
])('%s is refused at submission, deleted with its slot, and nothing is stored', async (_, bytes, message) => {
  const good = await upload(w, 'o-res-2');
  const bad = await upload(w, 'o-res-2', bytes);
  const res = await apply(w, 'o-res-2', [good, bad]);
  expect([res.status, res.error]).toEqual([400, { code: 'INVALID_INPUT', message }]);
  expect(requestCount(w)).toBe(0);
  expect(w.storage.files.has(bad)).toBe(false);
  expect(w.slots().map((s) => s.fileId)).toEqual([good]);
  // The good one is still there to send again without the bad one.
  expect((await apply(w, 'o-res-2', [good])).status).toBe(200);
});

test('only files of slots issued to the caller attach; none of the others is even read', async () => {
  const theirs = await upload(w, 'o-res-other');
  const folder = photoFolder(SALT, 'o-res-3');
  // Written straight into the caller's own folder (the storage rule cannot stop it), without a slot.
  const unslotted = w.storage.clientUpload(`${folder}/${randomUUID()}.jpg`, JPEG);
  const slot = (await w.resident('o-res-3', { action: 'photoSlot' })).data.cloudPath as string;
  const elsewhere = `cloud://env-2.6465-env-2/${slot}`;
  for (const ids of [[theirs], [unslotted], [elsewhere], [`${EVIDENCE_PREFIX}aid/x/y.jpg`]]) {
    const res = await apply(w, 'o-res-3', ids);
    expect([res.status, res.error?.message]).toEqual([400, '照片已失效，请重新上传']);
  }
  expect(w.storage.downloads).toEqual([]);
  // A slot whose upload never happened: expired, and the slot goes.
  const missing = EVIDENCE_PREFIX + slot;
  expect((await apply(w, 'o-res-3', [missing])).error?.message).toBe('照片已失效，请重新上传');
  expect(w.slots().some((s) => s.fileId === missing)).toBe(false);
  expect(requestCount(w)).toBe(0);
});

test('a supplement’s photos go through the same slots and checks', async () => {
  const sent = await apply(w, 'o-res-sup', []);
  const id = sent.data.id as string;
  const version = (await w.store.requests.byId(id))!.version;
  const asked = await w.work(AID_STAFF, { action: 'askMore', id, version, text: '请补充工资欠条的照片' });
  expect(asked.status).toBe(200);
  const good = await upload(w, 'o-res-sup');
  const gif = await upload(w, 'o-res-sup', GIF);
  const folder = photoFolder(SALT, 'o-res-sup');
  const unslotted = w.storage.clientUpload(`${folder}/${randomUUID()}.jpg`, JPEG);
  const supplement = (photos: string[]) => w.resident('o-res-sup', { action: 'supplement', id, text: '欠条', photos });
  expect((await supplement([good, gif])).error?.message).toBe('只能上传 JPG 或 PNG 图片');
  expect(w.storage.files.has(gif)).toBe(false);
  expect((await supplement([unslotted])).error?.message).toBe('照片已失效，请重新上传');
  const res = await supplement([good]);
  expect([res.status, res.data]).toEqual([200, { status: 'reviewing' }]);
  const detail = await w.resident('o-res-sup', { action: 'requestDetail', id });
  expect(detail.data.photos).toEqual([good]);
});

test('12 slots a minute per identity; the 13th waits for the next minute', async () => {
  for (let i = 0; i < SLOTS_PER_MINUTE; i++) {
    expect((await w.resident('o-res-4', { action: 'photoSlot' })).status).toBe(200);
  }
  const over = await w.resident('o-res-4', { action: 'photoSlot' });
  expect([over.status, over.error?.code]).toEqual([429, 'RATE_LIMITED']);
  expect((await w.resident('o-res-5', { action: 'photoSlot' })).status).toBe(200);
  w.now.t += MINUTE;
  expect((await w.resident('o-res-4', { action: 'photoSlot' })).status).toBe(200);
});

test('40 MB held per identity: open slots count at 2 MB until a submission checks their size', async () => {
  const open = OWNER_PHOTO_BYTES / MAX_PHOTO_BYTES;
  const ids: string[] = [];
  for (let i = 0; i < open; i++) {
    if (i % SLOTS_PER_MINUTE === 0) w.now.t += MINUTE;
    ids.push(await upload(w, 'o-res-6'));
  }
  w.now.t += MINUTE;
  const full = await w.resident('o-res-6', { action: 'photoSlot' });
  expect([full.status, full.error]).toEqual([
    429,
    { code: 'RATE_LIMITED', message: '照片存储已满，请稍后再试或联系工作人员' },
  ]);
  expect(w.slots()).toHaveLength(open);
  // Three of them sent: their few bytes count now, not 6 MB, so another slot fits.
  expect((await apply(w, 'o-res-6', ids.slice(0, 3))).status).toBe(200);
  expect((await w.resident('o-res-6', { action: 'photoSlot' })).status).toBe(200);
});

const fillerSlots = (n: number, state: 'open' | 'checked') =>
  Array.from({ length: n }, (_, i) => {
    const id = randomUUID();
    const path = `aid/${'0'.repeat(31)}${i % 10}/${id}.jpg`;
    const bytes = state === 'checked' ? MAX_PHOTO_BYTES : 0;
    const doc = { owner: `o-many-${i}`, path, fileId: EVIDENCE_PREFIX + path, state, bytes };
    return { _id: id, ...doc, at: w.now.t, createdAt: w.now.t };
  });

test('2 GB of checked uploads not yet attached in all: past it nobody gets a slot', async () => {
  w.standin.admin.importDocuments('photo_slots', fillerSlots(CHECKED_SLOTS_MAX - 1, 'checked'));
  expect((await w.resident('o-res-7', { action: 'photoSlot' })).status).toBe(200);
  w.standin.admin.importDocuments('photo_slots', fillerSlots(1, 'checked'));
  const res = await w.resident('o-res-8', { action: 'photoSlot' });
  expect([res.status, res.error?.message]).toEqual([429, '照片存储已满，请稍后再试或联系工作人员']);
});

test('slots asked for and never filled close nothing: 2,000 of them from many accounts, and a resident still uploads', async () => {
  w.standin.admin.importDocuments('photo_slots', fillerSlots(2000, 'open'));
  const res = await w.resident('o-res-honest', { action: 'photoSlot' });
  expect(res.status).toBe(200);
});

test('删除我的数据 deletes the files of every slot of the caller, sent or not, and the slots', async () => {
  const sent = await upload(w, 'o-res-9');
  const loose = await upload(w, 'o-res-9');
  const kept = await upload(w, 'o-res-keep');
  expect((await apply(w, 'o-res-9', [sent])).status).toBe(200);
  const res = await w.resident('o-res-9', { action: 'deleteMyData', confirm: true });
  expect([res.status, res.data]).toEqual([200, { deleted: 1 }]);
  expect([w.storage.files.has(sent), w.storage.files.has(loose), w.storage.files.has(kept)]).toEqual([
    false,
    false,
    true,
  ]);
  expect(w.slots().map((s) => s.owner)).toEqual(['o-res-keep']);
});

test('下载我的数据 lists a WeChat upload no request carries, and not the one a request carries', async () => {
  const sent = await upload(w, 'o-res-10');
  const loose = await upload(w, 'o-res-10');
  await upload(w, 'o-res-other');
  expect((await apply(w, 'o-res-10', [sent])).status).toBe(200);
  const res = await w.resident('o-res-10', { action: 'myData', delivery: 'inline' });
  expect(res.status).toBe(200);
  const file = JSON.parse(res.data.json as string) as Record<string, Record<string, Record<string, string>[]>>;
  const listed = file['未随诉求提交的照片']['照片'].map((p) => p['链接']);
  expect(listed).toEqual([loose]);
});
