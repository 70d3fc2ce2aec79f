/**
 * The timer's sweep of evidence uploads on CloudBase: the server SDK cannot list a folder, so the tick goes by the
 * slots. A day after a slot was issued (or last checked), its file is deleted unless a request of its owner names
 * it; a slot whose upload never came goes too; a file storage refuses to delete keeps its slot for the next run; a
 * request's photos are kept for good. The local runtime's tick sweeps no cloud storage.
 */
import { runTick } from '~/cloudfunctions/domain/cron/tick';
import { NO_PUSH } from '~/cloudfunctions/domain/context';
import { ORPHAN_SLOT_MS } from '~/cloudfunctions/domain/requests/photo-slots';
import { SLOT_SWEEP_BATCH } from '~/cloudfunctions/domain/requests/photo-sweep';
import { JPEG } from '../support/evidence-storage-standin';
import { apply, photoWorld, upload, type PhotoWorld } from './photo-fixture';

const HOUR = 3_600_000;

let w: PhotoWorld;
beforeEach(async () => {
  w = await photoWorld();
});

const tick = (at: number, evidence = w.evidence) => runTick({ store: w.store, now: at, pusher: NO_PUSH, evidence });

test('a day after upload, files no request names are deleted; the photos of requests stay', async () => {
  const start = w.now.t;
  const sent = await upload(w, 'o-sw-1');
  const loose = await upload(w, 'o-sw-1');
  const never = (await w.resident('o-sw-1', { action: 'photoSlot' })).data.cloudPath as string;
  const theirs = await upload(w, 'o-sw-2');
  expect((await apply(w, 'o-sw-1', [sent])).status).toBe(200);
  w.now.t += 2 * HOUR;
  const later = await upload(w, 'o-sw-2');

  const early = await tick(start + ORPHAN_SLOT_MS - 1);
  expect(early.photosSwept).toBe(0);
  expect(w.storage.files.size).toBe(4);

  const run = await tick(start + ORPHAN_SLOT_MS + 1);
  expect(run.photosSwept).toBe(3);
  expect(run.photosError).toBeUndefined();
  expect([...w.storage.files.keys()].sort()).toEqual([sent, later].sort());
  expect(
    w
      .slots()
      .map((s) => [s.fileId, s.state])
      .sort(),
  ).toEqual(
    [
      [sent, 'attached'],
      [later, 'open'],
    ].sort(),
  );
  expect(w.slots().some((s) => s.path === never || s.fileId === theirs || s.fileId === loose)).toBe(false);
  // The request's photo is past every sweep: attached slots are not looked at again.
  expect((await tick(start + 10 * ORPHAN_SLOT_MS)).photosSwept).toBe(1);
  expect([...w.storage.files.keys()]).toEqual([sent]);
});

test('a file storage refuses to delete keeps its slot, and the next run deletes it', async () => {
  const start = w.now.t;
  const a = await upload(w, 'o-sw-3');
  const b = await upload(w, 'o-sw-3');
  w.storage.refuse.add(b);
  const first = await tick(start + ORPHAN_SLOT_MS + 1);
  expect(first.photosSwept).toBe(1);
  expect([w.storage.files.has(a), w.storage.files.has(b)]).toEqual([false, true]);
  expect(w.slots().map((s) => s.fileId)).toEqual([b]);
  w.storage.refuse.clear();
  expect((await tick(start + ORPHAN_SLOT_MS + 2)).photosSwept).toBe(1);
  expect(w.storage.files.size + w.slots().length).toBe(0);
});

test('a whole batch refused is reported, and the promise timer still runs', async () => {
  const start = w.now.t;
  await upload(w, 'o-sw-4');
  w.storage.rejectNextDelete();
  const run = await tick(start + ORPHAN_SLOT_MS + 1);
  expect(run.photosSwept).toBe(0);
  expect(w.slots()).toHaveLength(1);
  expect(run.rollup).not.toBeNull();
  expect((await tick(start + ORPHAN_SLOT_MS + 2)).photosSwept).toBe(1);
});

test('a slot checked by a submission within the day is not swept under it', async () => {
  const start = w.now.t;
  const photo = await upload(w, 'o-sw-5');
  // Sent just before the day is up: checked now, so the sweep a moment later does not take it.
  w.now.t = start + ORPHAN_SLOT_MS - 1000;
  expect((await apply(w, 'o-sw-5', [photo])).status).toBe(200);
  expect((await tick(start + ORPHAN_SLOT_MS + 1)).photosSwept).toBe(0);
  expect(w.storage.files.has(photo)).toBe(true);
});

test('a slot the sweep has taken cannot be attached any more; a slot touched first is not taken', async () => {
  const start = w.now.t;
  const taken = await upload(w, 'o-sw-7');
  const touched = await upload(w, 'o-sw-7');
  // The sweep's claim of the first, as the tick makes it a day later.
  const before = start + 1;
  w.now.t = start + ORPHAN_SLOT_MS + 10;
  const slots = w.evidence.uploads!.slots;
  const [takenSlot] = w.slots().filter((s) => s.fileId === taken);
  expect(await slots.claim([takenSlot.id], before + ORPHAN_SLOT_MS)).toEqual([takenSlot.id]);
  const refused = await apply(w, 'o-sw-7', [taken]);
  expect(refused.status).toBe(400);
  // The second is named by a submission first: touched, so the sweep's claim of it fails and its file stays.
  expect((await apply(w, 'o-sw-7', [touched])).status).toBe(200);
  const [touchedSlot] = w.slots().filter((s) => s.fileId === touched);
  expect(await slots.claim([touchedSlot.id], before + ORPHAN_SLOT_MS)).toEqual([]);
  expect((await tick(w.now.t)).photosSwept).toBe(1);
  expect([w.storage.files.has(taken), w.storage.files.has(touched)]).toEqual([false, true]);
});

test(`at most ${SLOT_SWEEP_BATCH} slots a run; the next run takes the rest`, async () => {
  const start = w.now.t;
  const paths = Array.from({ length: SLOT_SWEEP_BATCH + 5 }, (_, i) => `aid/${'a'.repeat(32)}/${i}.jpg`);
  const docs = paths.map((path, i) => {
    const fileId = w.storage.clientUpload(path, JPEG);
    return {
      _id: `slot-${i}`,
      owner: `o-many-${i % 7}`,
      path,
      fileId,
      state: 'open',
      bytes: 0,
      at: start,
      createdAt: start,
    };
  });
  w.standin.admin.importDocuments('photo_slots', docs);
  expect((await tick(start + ORPHAN_SLOT_MS + 1)).photosSwept).toBe(SLOT_SWEEP_BATCH);
  expect((await tick(start + ORPHAN_SLOT_MS + 2)).photosSwept).toBe(5);
  expect(w.storage.files.size).toBe(0);
});

test('without cloud storage (the local runtime) the tick sweeps nothing of it and says nothing of it', async () => {
  const start = w.now.t;
  await upload(w, 'o-sw-6');
  const run = await runTick({ store: w.store, now: start + ORPHAN_SLOT_MS + 1, pusher: NO_PUSH });
  expect(run).not.toHaveProperty('photosSwept');
  expect(w.storage.files.size).toBe(1);
});
