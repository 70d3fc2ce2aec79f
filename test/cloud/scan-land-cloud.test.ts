/**
 * A resident's scan on CloudBase within DESIGN's budget (scan.land ≤ 4 database round trips in a row, at the
 * stand-in's 20 ms a call), with the figures it leaves exact: visits and unique visitors per subject, a retry after a
 * lost reply counted once, a scan that was never stored leaving its visitor new, a reused scanId refused.
 */
import { randomUUID } from 'node:crypto';
import { scanSubjects } from '~/cloudfunctions/domain/scope';
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import { STALE_MS } from '~/cloudfunctions/store/cloudbase/sweep';
import type { Post, ScanRecord } from '~/types/domain';
import { buildWorld, invoke } from '../support/cloud-world';
import { createReadyStandin } from '../support/cloudbase-ready';
import type { StandinDatabase } from '../support/cloudbase-standin';
import { type FaultRule, withFault } from '../support/cloudbase-standin-fault';
import { fixture } from './store-fixture';

const NOW = Date.UTC(2026, 10, 27, 2);
const DAY = '20261127';

const counter = (db: StandinDatabase, subject: string, day = DAY) =>
  db.dump('daily_stats').find((d) => d._id === `${subject}_${day}`);

describe('scan.land over the CloudBase stand-in', () => {
  it('counts a new visitor in at most 4 sequential round trips, and a second one too', async () => {
    const world = await buildWorld(fixture(), 0, NOW);
    const post = world.data.posts.find((p) => p.status === 'active') as Post;
    // The first call of the container fills its landing cache: not the hot path measured here.
    await invoke(world, 'scan', 'o-warm', { action: 'land', postId: post.id, scanId: randomUUID() });
    const other = world.data.posts.filter((p) => p.status === 'active')[1];
    // A post with no counter for the day yet (the usual case at 5,292 posts), then one whose counters exist.
    for (const [target, openid] of [
      [other, 'o-first'],
      [other, 'o-second'],
    ] as const) {
      const res = await invoke(world, 'scan', openid, { action: 'land', postId: target.id, scanId: randomUUID() });
      expect(res.result).toMatchObject({ ok: true, data: { scan: { recorded: true } } });
      expect(res.simulatedMs).toBeLessThanOrEqual(4 * 20);
    }
    // The post's own counter: both visitors, each new.
    expect(counter(world.standin, other.id)).toMatchObject({ count: 2, unique: 2, dirty: true });
  });
});

const P = fixture().posts[0];
const Q = fixture().posts.find((p) => p.id !== P.id && p.status === 'active') as Post;
let n = 0;
function scan(visitor: string, post: Post = P, scanId?: string): ScanRecord {
  n += 1;
  return {
    scanId: scanId ?? `00000000-0000-4000-c000-${String(n).padStart(12, '0')}`,
    postId: post.id,
    visitor,
    at: NOW,
    source: 'qr',
    distanceM: 80,
    inCircle: true,
  };
}

async function setup(rule: FaultRule) {
  const db = await createReadyStandin();
  const store = createCloudbaseStore(db, { settleMs: 0 });
  await store.load(fixture());
  return { db, store, flaky: createCloudbaseStore(withFault(db, rule), { settleMs: 0 }) };
}

describe('the figures a scan leaves on CloudBase', () => {
  it('counts visits and unique visitors per subject: a returning visitor is a visit, not a new visitor', async () => {
    const { db, store } = await setup(() => false);
    expect(await store.scans.record(scan('v1'), scanSubjects(P))).toBe('recorded');
    expect(await store.scans.record(scan('v2'), scanSubjects(P))).toBe('recorded');
    expect(await store.scans.record(scan('v1'), scanSubjects(P))).toBe('recorded');
    for (const s of scanSubjects(P)) {
      expect(counter(db, s)).toMatchObject({ count: 3, unique: 2, inCircle: 3, withLocation: 3, dirty: true });
    }
    expect(db.dump('scans').map((d) => d.state)).toEqual(['applied', 'applied', 'applied']);
  });

  it('counts a scan whose insert landed but whose reply was lost once, after the retry and the sweep', async () => {
    const { db, store, flaky } = await setup((c, op, i) => c === 'scans' && op === 'add' && i === 1 && 'lost');
    const lost = scan('v1');
    await expect(flaky.scans.record(lost, scanSubjects(P))).rejects.toThrow(/injected fault/);
    expect(await store.scans.record(lost, scanSubjects(P))).toBe('duplicate');
    expect(await store.scans.repairPending(Date.now() + STALE_MS + 1_000, 50)).toEqual({ repaired: 1, more: false });
    for (const s of scanSubjects(P)) expect(counter(db, s)).toMatchObject({ count: 1, unique: 1 });
    expect(await store.scans.record(scan('v1'), scanSubjects(P))).toBe('recorded');
    for (const s of scanSubjects(P)) expect(counter(db, s)).toMatchObject({ count: 2, unique: 1 });
  });

  it('leaves a visitor new when their scan was never stored, and no figure behind', async () => {
    const { db, store, flaky } = await setup((c, op) => c === 'scans' && op === 'add');
    await expect(flaky.scans.record(scan('v1'), scanSubjects(P))).rejects.toThrow(/injected fault/);
    expect(db.dump('visitor_days')).toEqual([]);
    expect(await store.stats.range(scanSubjects(P), DAY, DAY)).toEqual([]);
    expect(await store.scans.record(scan('v1'), scanSubjects(P))).toBe('recorded');
    for (const s of scanSubjects(P)) expect(counter(db, s)).toMatchObject({ count: 1, unique: 1 });
  });

  it('refuses a scanId already used for another post, and counts nothing of the refused scan', async () => {
    const { db, store } = await setup(() => false);
    const id = randomUUID();
    expect(await store.scans.record(scan('v1', P, id), scanSubjects(P))).toBe('recorded');
    expect(await store.scans.record(scan('v2', Q, id), scanSubjects(Q))).toBe('conflict');
    const onlyQ = scanSubjects(Q).filter((s) => !scanSubjects(P).includes(s));
    expect(onlyQ.length).toBeGreaterThan(0);
    for (const s of onlyQ) expect(counter(db, s)?.count ?? 0).toBe(0);
    // v2 never scanned anything stored: their first real scan of Q makes them a new visitor of Q.
    expect(await store.scans.record(scan('v2', Q), scanSubjects(Q))).toBe('recorded');
    for (const s of onlyQ) expect(counter(db, s)).toMatchObject({ count: 1, unique: 1 });
  });
});
