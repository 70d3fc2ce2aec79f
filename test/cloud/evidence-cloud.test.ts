/**
 * Evidence photos on CloudBase, over SQLite and the CloudBase stand-in with a strict storage stand-in: the office
 * deciding a legal-aid pre-application sees its photos through 5-minute links, each view in the audit log; other
 * workers, admins and residents do not; 删除我的数据 removes the files from storage (in batches of 50, files already
 * gone counted as removed), and when storage refuses some, nothing else is deleted and a retry finishes the job.
 */
import { residentRoutes } from '~/cloudfunctions/functions/resident/routes';
import { cloudPhotoSlots } from '~/cloudfunctions/store/cloudbase/photos';
import { workRoutes } from '~/cloudfunctions/functions/work/routes';
import { createCloudEvidence, EVIDENCE_URL_MAX_AGE_S } from '~/cloudfunctions/functions/evidence-files';
import type { Post, User } from '~/types/domain';
import { countyNetwork } from '../support/county-network';
import { demoDataset } from '../support/local-harness';
import { aidBody } from '../support/request-bodies';
import { createReadyStandin } from '../support/cloudbase-ready';
import type { StandinDatabase } from '../support/cloudbase-standin';
import { createStorageStandin, JPEG, type StorageStandin } from '../support/evidence-storage-standin';
import { userRow } from '../support/rows';
import { runner, STORE_NAMES, withBothStores } from './route-runner';

const COUNTY = '220802';
const data = demoDataset();
const post = data.posts.find((p) => p.countyCode === COUNTY && p.status === 'active') as Post;
const centre = data.services.find((s) => s.kind === 'legalAidCentre' && s.regionCode === COUNTY)!;
const office = data.services.find((s) => s.kind === 'judicialOffice' && s.regionCode === post.townshipCode)!;
const worker = (openid: string, role: User['role'], serviceId: string | null): User =>
  userRow(openid, role, COUNTY, { serviceId });
const USERS = [
  worker('aid-staff', 'staff', centre.id),
  worker('office-staff', 'staff', office.id),
  worker('county-admin', 'admin', null),
];

const network = () => countyNetwork(COUNTY, { volunteers: [], users: USERS });

const aid = (photos: string[]) => aidBody(post.id, { photos });

const stores = withBothStores(network);

describe.each(STORE_NAMES)('evidence photos over %s', (name) => {
  const s = () => stores.named(name);
  let storage: StorageStandin;
  // The upload slots' records: a CloudBase database beside whichever store the requests are in.
  let slotsDb: StandinDatabase;
  beforeAll(async () => {
    slotsDb = await createReadyStandin();
  });
  let t = Date.UTC(2026, 11, 3, 2);
  const fns = () => {
    const evidence = createCloudEvidence(storage.sdk, () => undefined, cloudPhotoSlots(slotsDb));
    const options = { now: () => t, evidence };
    return {
      resident: runner(s().store, 'resident', residentRoutes, options),
      work: runner(s().store, 'work', workRoutes, options),
    };
  };
  beforeEach(() => {
    storage = createStorageStandin();
    // Past the hourly cap of the submissions before.
    t += 2 * 3600 * 1000;
  });

  /** A resident files an application with `n` photos (uploaded first into slots, as the app does on WeChat). */
  async function file(owner: string, n: number) {
    const photos: string[] = [];
    for (let i = 0; i < n; i++) {
      const slot = await fns().resident(owner, { action: 'photoSlot' });
      photos.push(storage.clientUpload(slot.data.cloudPath, JPEG));
    }
    const res = await fns().resident(owner, aid(photos));
    expect(res.status).toBe(200);
    return { id: res.data.id as string, photos };
  }

  test('the deciding office sees the photos through 5-minute links; each view is in the audit log', async () => {
    const { id, photos } = await file('o-res-view', 3);
    const { work } = fns();
    const first = await work('aid-staff', { action: 'evidence', id });
    expect(first.status).toBe(200);
    expect(first.data.photos.map((p: { url: string }) => p.url)).toEqual(
      photos.map((f) => `https://tmp.example/${encodeURIComponent(f)}?max_age=${EVIDENCE_URL_MAX_AGE_S}`),
    );
    expect(first.data.expiresInS).toBe(300);
    expect(Math.max(...storage.ages)).toBe(300);
    await work('aid-staff', { action: 'evidence', id });
    const views = (await s().store.audit.forRequest(id, 50)).filter((e) => e.action === 'view.photos');
    expect(views.map((v) => [v.actor, v.actorLabel])).toEqual([
      ['aid-staff', 'aid-staff的名字'],
      ['aid-staff', 'aid-staff的名字'],
    ]);
    // A photo no longer stored is left out, not a broken link.
    storage.files.delete(photos[1]);
    const later = await work('aid-staff', { action: 'evidence', id });
    expect(later.data.photos).toHaveLength(2);
  });

  test('other workers, admins and residents get no link, and nothing is logged for them', async () => {
    const { id } = await file('o-res-deny', 2);
    const { work } = fns();
    const cases: [string, number, string][] = [
      ['office-staff', 404, 'REQUEST_NOT_FOUND'],
      ['county-admin', 403, 'FORBIDDEN'],
      ['o-res-deny', 401, 'UNAUTHENTICATED'],
      ['o-someone-else', 401, 'UNAUTHENTICATED'],
    ];
    for (const [who, status, code] of cases) {
      const res = await work(who, { action: 'evidence', id });
      expect([who, res.status, res.error?.code, res.data]).toEqual([who, status, code, null]);
    }
    expect((await s().store.audit.forRequest(id, 50)).filter((e) => e.action === 'view.photos')).toEqual([]);
    expect(storage.ages).toEqual([]);
  });

  test('删除我的数据 removes every photo of every request from storage, then the requests', async () => {
    const owner = 'o-res-delete';
    const a = await file(owner, 3);
    t += 2 * 3600 * 1000;
    const b = await file(owner, 2);
    const other = await file('o-res-keep', 1);
    // One of them already gone (removed by hand): still counts as removed.
    storage.files.delete(a.photos[0]);
    const res = await fns().resident(owner, { action: 'deleteMyData', confirm: true });
    expect([res.status, res.data]).toEqual([200, { deleted: 2 }]);
    for (const f of [...a.photos, ...b.photos]) expect(storage.files.has(f)).toBe(false);
    expect(storage.files.has(other.photos[0])).toBe(true);
    expect(await s().store.requests.byOwner(owner, 10)).toEqual([]);
  });

  test('when storage refuses a file, nothing else is deleted; a retry finishes', async () => {
    const owner = 'o-res-retry';
    const { id, photos } = await file(owner, 3);
    storage.refuse.add(photos[2]);
    const failed = await fns().resident(owner, { action: 'deleteMyData', confirm: true });
    expect([failed.status, failed.error?.code]).toEqual([503, 'STORAGE_FAILED']);
    expect(failed.error?.message).toBe('照片删除未完成，其他数据尚未删除，请稍后重试');
    expect(await s().store.requests.byId(id)).not.toBeNull();
    expect(storage.files.has(photos[2])).toBe(true);
    storage.rejectNextDelete();
    expect((await fns().resident(owner, { action: 'deleteMyData', confirm: true })).status).toBe(503);
    storage.refuse.clear();
    const retried = await fns().resident(owner, { action: 'deleteMyData', confirm: true });
    expect([retried.status, retried.data]).toEqual([200, { deleted: 1 }]);
    expect(photos.some((f) => storage.files.has(f))).toBe(false);
    expect(await s().store.requests.byId(id)).toBeNull();
  });
});

test('removal goes in batches of at most 50, whatever the number of files', async () => {
  const storage = createStorageStandin();
  const ids = Array.from({ length: 120 }, (_, i) => `cloud://env-1.6465-env-1/aid/${'a'.repeat(32)}/${i}.jpg`);
  ids.forEach(storage.put);
  expect(await createCloudEvidence(storage.sdk).remove(ids)).toEqual([]);
  expect(storage.deleteCalls).toEqual([50, 50, 20]);
  expect(storage.files.size).toBe(0);
});
