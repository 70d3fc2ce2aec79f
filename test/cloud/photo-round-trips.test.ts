/**
 * Database round trips of evidence uploads on CloudBase, measured as the cloud entry runs each action over the
 * strict stand-in (test/support/cloud-world.ts; storage calls are not database round trips): a slot, a legal-aid
 * pre-application with three photos against one without, and the timer's sweep of uploads never submitted (idle:
 * one read; due: a read, one per owner, two writes).
 */
import { randomUUID } from 'node:crypto';
import type { Post } from '~/types/domain';
import { sweepPhotoSlots } from '~/cloudfunctions/domain/requests/photo-sweep';
import { createCloudEvidence } from '~/cloudfunctions/functions/evidence-files';
import { cloudPhotoSlots } from '~/cloudfunctions/store/cloudbase/photos';
import { buildWorld, invoke, invokeTick, type CloudWorld } from '../support/cloud-world';
import { countyNetwork } from '../support/county-network';
import { JPEG } from '../support/evidence-storage-standin';
import { aidBody } from '../support/request-bodies';

const NOW = Date.UTC(2026, 10, 27, 2);
const DAY = 24 * 3_600_000;
let world: CloudWorld;
let post: Post;

beforeAll(async () => {
  world = await buildWorld(countyNetwork('220802'), 0, NOW);
  post = world.data.posts.find((p) => p.status === 'active') as Post;
}, 120_000);

/** A slot and the app's upload into it, as `openid`; the fileID. */
async function uploaded(openid: string): Promise<string> {
  const slot = await invoke(world, 'resident', openid, { action: 'photoSlot' });
  expect(slot.result.ok).toBe(true);
  // The caller's shared rate window (made by their first call of the minute), their slots, the count of open slots,
  // the new slot's insert.
  expect(slot.roundTrips).toBeLessThanOrEqual(5);
  const { cloudPath } = (slot.result as { data: { cloudPath: string } }).data;
  return world.storage.clientUpload(openid, cloudPath, JPEG);
}

test('a slot costs a few round trips; three photos add four to the pre-application', async () => {
  // Warm: the container has served a call and learnt its bucket's prefix.
  await uploaded('o-rt-warm');
  const photos = [await uploaded('o-rt-a'), await uploaded('o-rt-a'), await uploaded('o-rt-a')];
  const plain = await invoke(world, 'resident', 'o-rt-b', aidBody(post.id, { clientId: randomUUID() }));
  const three = await invoke(world, 'resident', 'o-rt-a', aidBody(post.id, { photos, clientId: randomUUID() }));
  expect([plain.result.ok, three.result.ok]).toEqual([true, true]);
  // One read of the three slots, then their three sizes recorded side by side.
  expect(three.roundTrips - plain.roundTrips).toBe(4);
  expect(three.simulatedMs - plain.simulatedMs).toBeLessThanOrEqual(40);
});

test('the sweep: one read when nothing is due; for due slots a claim each, a read per owner and two writes', async () => {
  const evidence = createCloudEvidence(world.storage.sdk, () => undefined, cloudPhotoSlots(world.standin));
  const sweep = (at: number) => world.standin.clock.invoke(60_000, () => sweepPhotoSlots(world.store, evidence, at));
  const idle = await sweep(NOW + 60_000);
  expect([idle.value, idle.roundTrips]).toEqual([{ photosSwept: 0 }, 1]);
  const loose = await uploaded('o-rt-c');
  // Due a day later: o-rt-warm's and o-rt-c's uploads (orphans), o-rt-a's three (attached): three owners.
  const due = await sweep(NOW + DAY + 120_000);
  expect(due.value).toEqual({ photosSwept: 2 });
  // The five claims go side by side, as do the three owners' reads.
  expect(due.roundTrips).toBe(1 + 5 + 3 + 2);
  expect(world.storage.files.has(loose.replace(/^cloud:\/\/[^/]+\//, ''))).toBe(false);
  const tick = await invokeTick(world, NOW + 2 * DAY);
  expect(tick.report.photosSwept).toBe(0);
});
