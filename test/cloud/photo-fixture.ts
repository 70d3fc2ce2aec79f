/**
 * A CloudBase world for the evidence-upload tests: the adapter over the ready stand-in (a county of the demo network,
 * the office deciding legal aid and an admin bound), a strict storage stand-in, the evidence storage with the slots'
 * records as the cloud entry builds it, a clock the test moves, and what the app does on WeChat: ask for a slot,
 * upload the bytes there (wx.cloud.uploadFile), submit the fileID.
 */
import { createCloudEvidence } from '~/cloudfunctions/functions/evidence-files';
import { residentRoutes } from '~/cloudfunctions/functions/resident/routes';
import { workRoutes } from '~/cloudfunctions/functions/work/routes';
import type { EvidenceFiles } from '~/cloudfunctions/domain/requests/evidence';
import type { PhotoSlot } from '~/cloudfunctions/domain/requests/photo-slots';
import { createCloudbaseStore, type CloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import { cloudPhotoSlots } from '~/cloudfunctions/store/cloudbase/photos';
import type { Post } from '~/types/domain';
import { createReadyStandin } from '../support/cloudbase-ready';
import type { StandinDatabase } from '../support/cloudbase-standin';
import { countyNetwork } from '../support/county-network';
import { createStorageStandin, JPEG, type StorageStandin } from '../support/evidence-storage-standin';
import { demoDataset } from '../support/local-harness';
import { aidBody } from '../support/request-bodies';
import { userRow } from '../support/rows';
import { runner, type Answer } from './route-runner';

export const COUNTY = '220802';
const data = demoDataset();
export const post = data.posts.find((p) => p.countyCode === COUNTY && p.status === 'active') as Post;
const centre = data.services.find((s) => s.kind === 'legalAidCentre' && s.regionCode === COUNTY)!;
export const AID_STAFF = 'aid-staff';

/** One call of a function as `openid`. */
export type Call = (openid: string | null, body: Record<string, unknown>) => Promise<Answer>;

/** The world one test file works in. */
export interface PhotoWorld {
  standin: StandinDatabase;
  store: CloudbaseStore;
  storage: StorageStandin;
  evidence: EvidenceFiles;
  /** The clock the handlers read (ms); tests move it. */
  now: { t: number };
  resident: Call;
  work: Call;
  /** The slots' documents as stored. */
  slots(): PhotoSlot[];
}

/** A fresh world: each call of `resident` or `work` shares one rate limiter per function, as a container does. */
export async function photoWorld(start = Date.UTC(2026, 11, 3, 2)): Promise<PhotoWorld> {
  const standin = await createReadyStandin();
  const store = createCloudbaseStore(standin, { settleMs: 0 });
  await store.load(
    countyNetwork(COUNTY, { volunteers: [], users: [userRow(AID_STAFF, 'staff', COUNTY, { serviceId: centre.id })] }),
  );
  const storage = createStorageStandin();
  const evidence = createCloudEvidence(storage.sdk, () => undefined, cloudPhotoSlots(standin));
  const now = { t: start };
  const options = { now: () => now.t, evidence, dataKey: Buffer.alloc(32, 9) };
  return {
    standin,
    store,
    storage,
    evidence,
    now,
    resident: runner(store, 'resident', residentRoutes, options),
    work: runner(store, 'work', workRoutes, options),
    slots: () =>
      standin.dump('photo_slots').map((d) => {
        const { _id, ...rest } = d;
        return { id: _id, ...rest } as PhotoSlot;
      }),
  };
}

/** The app on WeChat: a slot, then `bytes` uploaded at its path; the fileID the upload answered. */
export async function upload(w: PhotoWorld, openid: string, bytes: Buffer = JPEG): Promise<string> {
  const slot = await w.resident(openid, { action: 'photoSlot' });
  expect([slot.status, slot.error]).toEqual([200, undefined]);
  return w.storage.clientUpload(slot.data.cloudPath, bytes);
}

/** resident.applyAid with these photos. */
export function apply(w: PhotoWorld, openid: string, photos: string[], extra: Record<string, unknown> = {}) {
  return w.resident(openid, aidBody(post.id, { photos, ...extra }));
}

/** How many requests are stored. */
export function requestCount(w: PhotoWorld): number {
  return w.standin.dump('requests').length;
}
