/**
 * The cloudbase adapter: the store contract over the SDK stand-in, plus its own failure modes (a crash in the middle
 * of a scan or a load) and collections.json against what the adapter writes (the stand-in's own fidelity to the
 * service is pinned in standin-fidelity.test.ts).
 */
import collectionsFile from '~/cloudfunctions/store/cloudbase/collections.json';
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import { cloudPhotoSlots } from '~/cloudfunctions/store/cloudbase/photos';
import type { ScanRecord } from '~/types/domain';
import { createReadyStandin } from '../support/cloudbase-ready';
import { withFault } from '../support/cloudbase-standin-fault';
import { runStoreContract } from './store-contract';
import { workRequest } from './store-contract-work';
import { CITY, fixture, TOWNSHIP_A, VILLAGE_A1, REVEAL_ENTRY } from './store-fixture';

// settleMs 0: the stand-in's inserts are done when they return, so a rollup may fold a scan at once.
runStoreContract('cloudbase over the SDK stand-in', async () =>
  createCloudbaseStore(await createReadyStandin(), { settleMs: 0 }),
);

const SCAN: ScanRecord = {
  scanId: '22222222-2222-4222-8222-222222222222',
  postId: 'P001',
  visitor: 'visitor-a',
  at: Date.UTC(2026, 10, 28, 2),
  source: 'qr',
  distanceM: 80,
  inCircle: true,
};
const SUBJECTS = ['P001', VILLAGE_A1, TOWNSHIP_A, CITY];

describe('cloudbase adapter only', () => {
  it('marks a scan applied once every counter is bumped', async () => {
    const db = await createReadyStandin();
    const store = createCloudbaseStore(db);
    expect(await store.scans.record(SCAN, SUBJECTS)).toBe('recorded');
    expect(db.dump('scans')).toEqual([
      expect.objectContaining({ _id: SCAN.scanId, state: 'applied', day: '20261128', subjects: SUBJECTS }),
    ]);
    expect(db.dump('visitor_days').map((d) => d._id)).toContain('P001_20261128_visitor-a');
    expect(
      db
        .dump('daily_stats')
        .map((d) => d._id)
        .sort(),
    ).toEqual(SUBJECTS.map((s) => `${s}_20261128`).sort());
  });

  it('never double-counts when a crash cuts a scan short and the client retries', async () => {
    const db = await createReadyStandin();
    // The second counter update fails: some subjects are bumped, some not, and the scan stays pending.
    const flaky = createCloudbaseStore(withFault(db, (c, op, n) => c === 'daily_stats' && op === 'update' && n === 2));
    await expect(flaky.scans.record(SCAN, SUBJECTS)).rejects.toThrow(/injected fault/);
    expect(await flaky.scans.record(SCAN, SUBJECTS)).toBe('duplicate');
    const counters = db.dump('daily_stats');
    expect(counters.length).toBeLessThan(SUBJECTS.length);
    for (const c of counters) expect(c).toMatchObject({ count: 1, unique: 1, inCircle: 1, withLocation: 1 });
    // The scan is kept, flagged for the repair job that rebuilds its counters from raw scans.
    expect(db.dump('scans')).toEqual([expect.objectContaining({ _id: SCAN.scanId, state: 'pending' })]);
    expect(await flaky.scans.count()).toBe(1);
  });

  it('creates a day counter once when two first scans race for it', async () => {
    const db = await createReadyStandin();
    const store = createCloudbaseStore(db);
    const other = {
      ...SCAN,
      scanId: '33333333-3333-4333-8333-333333333333',
      visitor: 'visitor-b',
      distanceM: null,
      inCircle: null,
    };
    expect(await Promise.all([store.scans.record(SCAN, ['P001']), store.scans.record(other, ['P001'])])).toEqual([
      'recorded',
      'recorded',
    ]);
    expect(db.dump('daily_stats')).toEqual([
      {
        _id: 'P001_20261128',
        subject: 'P001',
        day: '20261128',
        count: 2,
        unique: 2,
        inCircle: 1,
        withLocation: 1,
        dirty: true,
      },
    ]);
  });

  it('removes what it wrote when a load fails half-way', async () => {
    const db = await createReadyStandin();
    const data = fixture();
    // Two batches go in (regions, posts), the third (services) fails.
    const flaky = createCloudbaseStore(withFault(db, (c, op) => c === 'services' && op === 'add'));
    await expect(flaky.load(data)).rejects.toThrow(/injected fault/);
    for (const name of ['regions', 'posts', 'services', 'volunteers', 'users']) expect(db.dump(name)).toEqual([]);
    await createCloudbaseStore(db).load(data);
    expect(db.dump('posts')).toHaveLength(data.posts.length);
  });

  it('stores located documents with a Geo point (longitude first) for the 2dsphere indexes', async () => {
    const db = await createReadyStandin();
    await createCloudbaseStore(db).load(fixture());
    const office = db.dump('services').find((d) => d._id === 'J01');
    expect(JSON.parse(JSON.stringify(office?.location))).toEqual({ type: 'Point', coordinates: [122.8, 45.6] });
    expect(db.dump('services').find((d) => d._id === 'H01')).not.toHaveProperty('location');
    expect(JSON.parse(JSON.stringify(db.dump('posts')[0].location))).toEqual({
      type: 'Point',
      coordinates: [122.831, 45.611],
    });
  });

  it('declares in collections.json every collection it writes, each closed to clients', async () => {
    const db = await createReadyStandin();
    const store = createCloudbaseStore(db, { settleMs: 0 });
    await store.load(fixture());
    await store.scans.record(SCAN, SUBJECTS);
    await store.meta.set('visitorSalt', 's');
    await store.requests.create(
      workRequest(1, {
        owner: 'o-a',
        clientId: 'c-1',
        title: '法律咨询 · 其他',
        payload: {},
        createdAt: 1,
        updatedAt: 1,
        dueAt: 2,
      }),
      [],
    );
    await store.audit.append(REVEAL_ENTRY);
    await store.outbox.add({
      id: 'n000000000000000000000001',
      recipient: 'o-a',
      at: 1,
      title: '答复',
      body: '已答复',
      requestId: null,
      target: null,
      readAt: null,
    });
    await store.invites.create({
      code: 'K7P2Q9',
      role: 'staff',
      regionCode: TOWNSHIP_A,
      name: '李',
      postIds: [],
      serviceId: 'J01',
      volunteerId: null,
      createdBy: 'o-admin',
      createdAt: 1,
      expiresAt: 2,
      usedBy: null,
      usedAt: null,
    });
    await store.templates.put({ id: 't1', owner: 'o-s', title: '模板', text: '答复', guideIds: [], createdAt: 1 });
    const created = { postId: 'N1', at: 1, by: 'o-admin', action: 'create' as const, summary: '' };
    await store.posts.create([{ ...fixture().posts[0], id: 'N1' }], [created]);
    const outside = { distanceM: 900, inCircle: false, cell: { lat: 45.621, lng: 122.839 } };
    await store.scans.record({ ...SCAN, scanId: '44444444-4444-4444-8444-444444444444', ...outside }, SUBJECTS);
    await store.stats.rollup(100, SCAN.at);
    const path = `aid/${'0'.repeat(32)}/3b241101-e2bb-4255-8caf-4136c566a962.jpg`;
    const slot = { owner: 'o-a', path, fileId: `cloud://env.b/${path}`, state: 'open' as const, bytes: 0, at: 1 };
    await cloudPhotoSlots(db).add({ id: '3b241101-e2bb-4255-8caf-4136c566a962', ...slot, createdAt: 1 });
    const declared = collectionsFile.collections.map((c) => c.name);
    expect(declared.slice().sort()).toEqual(db.names());
    for (const c of collectionsFile.collections) expect(c.rules).toEqual({ read: false, write: false });
    const geo = collectionsFile.collections.flatMap((c) =>
      c.indexes.flatMap((i) => i.keys.filter((k) => k.direction === '2dsphere').map((k) => `${c.name}.${k.field}`)),
    );
    expect(geo.sort()).toEqual(['posts.location', 'services.location']);
  });
});
