/**
 * Scans left half-recorded on CloudBase (a crash between the scan's insert and its counters, or a write whose reply
 * was lost) are repaired by the timer's sweep: exactly the (subject, day) counters they touch are recounted from the
 * raw scans, a live scan of the same counter is never double-counted, and figures come out as if nothing failed.
 */
import { runTick } from '~/cloudfunctions/domain/cron/tick';
import { scanSubjects } from '~/cloudfunctions/domain/scope';
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import { STALE_MS } from '~/cloudfunctions/store/cloudbase/sweep';
import type { ScanRecord } from '~/types/domain';
import { createReadyStandin } from '../support/cloudbase-ready';
import type { StandinDatabase } from '../support/cloudbase-standin';
import { type FaultRule, withFault } from '../support/cloudbase-standin-fault';
import { fixture } from './store-fixture';

const P001 = fixture().posts[0];
const SUBJECTS = scanSubjects(P001);
const AT = Date.UTC(2026, 10, 28, 2);
const DAY = '20261128';
const later = () => Date.now() + STALE_MS + 1_000;

let n = 0;
function scan(visitor: string, inCircle: boolean | null = true): ScanRecord {
  n += 1;
  return {
    scanId: `00000000-0000-4000-b000-${String(n).padStart(12, '0')}`,
    postId: P001.id,
    visitor,
    at: AT,
    source: 'qr',
    distanceM: inCircle === null ? null : 80,
    inCircle,
  };
}

async function setup(rule: FaultRule) {
  const db = await createReadyStandin();
  const store = createCloudbaseStore(db, { settleMs: 0 });
  await store.load(fixture());
  return { db, store, flaky: createCloudbaseStore(withFault(db, rule), { settleMs: 0 }) };
}

const counter = (db: StandinDatabase, subject: string) =>
  db.dump('daily_stats').find((d) => d._id === `${subject}_${DAY}`);

describe('the sweep of half-recorded scans', () => {
  it('recounts the counter a failed bump left short, and only once the scan is stale', async () => {
    // The third subject's counter update never reaches the server.
    const { db, store, flaky } = await setup((c, op, i) => c === 'daily_stats' && op === 'update' && i === 3);
    await store.scans.record(scan('v1'), SUBJECTS);
    await expect(flaky.scans.record(scan('v2', null), SUBJECTS)).rejects.toThrow(/injected fault/);
    const short = SUBJECTS.filter((s) => counter(db, s)?.count === 1);
    expect(short).toHaveLength(1);
    expect(await store.scans.repairPending(Date.now(), 50)).toEqual({ repaired: 0, more: false });
    expect(await store.scans.repairPending(later(), 50)).toEqual({ repaired: 1, more: false });
    for (const s of SUBJECTS) {
      expect(counter(db, s)).toMatchObject({ count: 2, unique: 2, inCircle: 1, withLocation: 1 });
    }
    expect(db.dump('scans').map((d) => d.state)).toEqual(['applied', 'applied']);
  });

  it('repairs a scan whose counter bump landed but lost its reply, without counting it twice', async () => {
    const { db, store, flaky } = await setup((c, op, i) => c === 'daily_stats' && op === 'update' && i === 1 && 'lost');
    const lost = scan('v1');
    await store.scans.record(scan('v0'), SUBJECTS);
    await expect(flaky.scans.record(lost, SUBJECTS)).rejects.toThrow(/injected fault/);
    // The client retries: the scan is there, so nothing is bumped again; it stays pending.
    expect(await store.scans.record(lost, SUBJECTS)).toBe('duplicate');
    expect(db.dump('scans').find((d) => d._id === lost.scanId)?.state).toBe('pending');
    expect(await store.scans.repairPending(later(), 50)).toEqual({ repaired: 1, more: false });
    for (const s of SUBJECTS) expect(counter(db, s)).toMatchObject({ count: 2, unique: 2, inCircle: 2 });
    expect(db.dump('scans').every((d) => d.state === 'applied')).toBe(true);
  });

  it('adds the missing counter and visitor day when the crash came before either, so a later scan is not unique', async () => {
    const { db, store, flaky } = await setup((c, op, i) => c === 'visitor_days' && op === 'add' && i === 1);
    await expect(flaky.scans.record(scan('v1'), SUBJECTS)).rejects.toThrow(/injected fault/);
    expect(counter(db, SUBJECTS[0])).toBeUndefined();
    expect(await store.scans.repairPending(later(), 50)).toMatchObject({ repaired: 1 });
    await store.scans.record(scan('v1'), SUBJECTS);
    for (const s of SUBJECTS) expect(counter(db, s)).toMatchObject({ count: 2, unique: 1 });
  });

  it('leaves a counter alone while another scan of it is still being recorded', async () => {
    const { db, store, flaky } = await setup((c, op, i) => c === 'daily_stats' && op === 'update' && i === 1);
    await expect(flaky.scans.record(scan('v1'), SUBJECTS)).rejects.toThrow(/injected fault/);
    await expect(
      createCloudbaseStore(withFault(db, (c, op) => c === 'scans' && op === 'update')).scans.record(scan('v2'), [
        P001.id,
      ]),
    ).rejects.toThrow(/injected fault/);
    // The second scan is live: stored just now, as far as the sweep can tell.
    const live = db.dump('scans')[1]._id;
    await db
      .collection('scans')
      .doc(live)
      .update({ data: { insertedAt: new Date(later() + STALE_MS) } });
    const outcome = await store.scans.repairPending(later(), 50);
    expect(outcome.repaired).toBe(0);
    expect(db.dump('scans')[0].state).toBe('pending');
  });

  it('runs in the timer tick, before the rollup, so the repaired scan reaches the period totals', async () => {
    const { db, store, flaky } = await setup((c, op, i) => c === 'daily_stats' && op === 'update' && i === 2);
    await store.scans.record(scan('v1'), SUBJECTS);
    await expect(flaky.scans.record(scan('v2'), SUBJECTS)).rejects.toThrow(/injected fault/);
    const report = await runTick({ store, now: later(), pusher: { push: async () => undefined } });
    expect(report).toMatchObject({ repaired: 1, rollup: expect.objectContaining({ scans: 2 }) });
    for (const s of SUBJECTS) expect((await store.stats.periodTotals([s], DAY, DAY))[0]).toMatchObject({ count: 2 });
    expect(db.dump('scans').every((d) => d.state === 'applied')).toBe(true);
  });
});
