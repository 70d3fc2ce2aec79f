/**
 * The cloudbase adapter's rollup without transactions: a run cut short by a crash is replayed without counting
 * twice, scans are folded by when the server stored them (not by their own time), and the first-admin guard
 * survives a crash between claim and binding.
 */
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import { scanSubjects } from '~/cloudfunctions/domain/scope';
import type { ScanRecord, User } from '~/types/domain';
import { createReadyStandin } from '../support/cloudbase-ready';
import { withFault } from '../support/cloudbase-standin-fault';
import { bootstrapEntry } from './store-contract-network';
import { CITY, fixture } from './store-fixture';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** 00:00 in Baicheng (UTC+8) on 2026-11-20. */
const D20 = Date.UTC(2026, 10, 19, 16);
const P001 = fixture().posts[0];

let seq = 0;
function scan(at: number): ScanRecord {
  seq += 1;
  const id = String(seq).padStart(12, '0');
  return {
    scanId: `00000000-0000-4000-a000-${id}`,
    postId: 'P001',
    visitor: `v${seq}`,
    at,
    source: 'qr',
    distanceM: null,
    inCircle: null,
  };
}

const total = (hours: number[]) => hours.reduce((a, b) => a + b, 0);

describe('cloudbase rollup without transactions', () => {
  it('replays a run that a crash cut short, and counts each scan once', async () => {
    const db = await createReadyStandin();
    const store = createCloudbaseStore(db, { settleMs: 0 });
    await store.load(fixture());
    for (const h of [1, 2, 3]) await store.scans.record(scan(D20 + h * HOUR), scanSubjects(P001));
    // The third new hour document fails: two of the five subjects got their hours, three did not.
    const flaky = createCloudbaseStore(
      withFault(db, (c, op, n) => c === 'hour_stats' && op === 'add' && n === 3),
      { settleMs: 0 },
    );
    await expect(flaky.stats.rollup(100, D20 + DAY)).rejects.toThrow(/injected fault/);
    expect(db.dump('hour_stats').length).toBeLessThan(5);

    expect(await store.stats.rollup(100, D20 + DAY)).toMatchObject({ scans: 3, more: false });
    for (const subject of scanSubjects(P001)) {
      expect(total(await store.stats.hours(subject, '20261120', '20261120'))).toBe(3);
    }
    expect(await store.stats.rollup(100, D20 + DAY)).toMatchObject({ scans: 0, subjects: 0 });
    expect(total(await store.stats.hours(CITY, '20261120', '20261120'))).toBe(3);
  });

  it('folds a scan queued offline (old time, stored late) that arrives after a rollup', async () => {
    const store = createCloudbaseStore(await createReadyStandin(), { settleMs: 0 });
    await store.load(fixture());
    await store.scans.record(scan(D20 + 5 * DAY), scanSubjects(P001));
    await store.stats.rollup(100, D20 + 6 * DAY);
    await store.scans.record(scan(D20 + HOUR), scanSubjects(P001));
    expect(await store.stats.rollup(100, D20 + 6 * DAY)).toMatchObject({ scans: 1 });
    expect((await store.stats.hours('P001', '20261120', '20261120'))[1]).toBe(1);
    expect(await store.stats.periodTotals(['P001'], '20261120', '20261130')).toEqual([
      { subject: 'P001', count: 2, unique: 2, inCircle: 0, withLocation: 0 },
    ]);
  });

  it('leaves scans stored less than settleMs ago for the next run', async () => {
    const store = createCloudbaseStore(await createReadyStandin(), { settleMs: 60_000 });
    await store.load(fixture());
    await store.scans.record(scan(D20 + HOUR), scanSubjects(P001));
    expect(await store.stats.rollup(100, D20 + DAY)).toMatchObject({ scans: 0, more: false });
    expect(total(await store.stats.hours('P001', '20261120', '20261120'))).toBe(0);
  });

  it('lets the first admin whose binding a crash cut short finish it, and nobody else', async () => {
    const db = await createReadyStandin();
    const admin: User = {
      openid: 'o-first',
      role: 'admin',
      regionCode: CITY,
      label: '管理员',
      volunteerId: null,
      serviceId: null,
    };
    const flaky = createCloudbaseStore(withFault(db, (c, op) => c === 'users' && op === 'set'));
    await expect(flaky.users.putFirstAdmin(admin, bootstrapEntry(admin))).rejects.toThrow(/injected fault/);
    const store = createCloudbaseStore(db);
    const other = { ...admin, openid: 'o-other' };
    expect(await store.users.putFirstAdmin(other, bootstrapEntry(other))).toBe(false);
    // The claim carried the entry: the cut-short binding is already on record (copied by the timer's sweep).
    expect(await store.audit.settle(10)).toBe(1);
    expect(await store.users.putFirstAdmin(admin, bootstrapEntry(admin))).toBe(true);
    expect(await store.audit.forRequest('admin:o-first', 10)).toEqual([bootstrapEntry(admin)]);
    expect(await store.users.byOpenid('o-first')).toEqual(admin);
    expect(await store.users.countByRole('admin')).toBe(1);
  });
});
