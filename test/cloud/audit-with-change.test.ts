/**
 * A decision and its audit entry (审计日志) are one unit: a change of a request that carries an entry is never
 * stored without it, and a change that fails leaves no entry. Over SQLite the two are one transaction; over the
 * CloudBase stand-in the entry rides on the request document's own update and is copied into the log after, by the
 * change itself or, when that copy fails, by the timer's sweep, once whatever the number of copies.
 */
import { runTick } from '~/cloudfunctions/domain/cron/tick';
import { NO_PUSH } from '~/cloudfunctions/domain/context';
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import { copyPending } from '~/cloudfunctions/store/cloudbase/audit-pending';
import type { AuditEntry, RequestChange } from '~/cloudfunctions/store/port';
import { openSqliteStore, type SqliteStore } from '~/cloudfunctions/store/sqlite';
import { createReadyStandin } from '../support/cloudbase-ready';
import { withFault } from '../support/cloudbase-standin-fault';
import { Client as Browser } from '../support/local-harness';
import { workRequest } from './store-contract-work';
import { fixture } from './store-fixture';
import { withHarness } from './harness-world';
import { aidBody, submit, workDetail } from './work-fixture';

const T0 = Date.UTC(2026, 10, 28, 2);
const HOUR = 3600 * 1000;
const FIRST = [{ at: T0, status: 'pending' as const, by: '先锋岗', note: '已提交' }];

const entry = (at: number, detail: string): AuditEntry => ({
  at,
  actor: 'o-staff',
  actorLabel: '法律援助中心 吴九',
  action: 'aid.approve',
  requestId: workRequest(1).id,
  kind: 'decision',
  actorRole: 'staff',
  detail,
});
const decision = (at: number, detail: string): RequestChange => ({
  at,
  status: 'approved',
  event: { at, status: 'approved', by: '法律援助中心 吴九', note: detail },
  audit: entry(at, detail),
});

describe('sqlite: the change and its entry are one transaction', () => {
  let store: SqliteStore;
  beforeEach(async () => {
    store = openSqliteStore(':memory:');
    await store.load(fixture());
    await store.requests.create(workRequest(1, { kind: 'aid' }), FIRST);
  });
  afterEach(() => store.close());

  test('an entry that cannot be written undoes the decision; the same decision retried lands with one entry', async () => {
    const id = workRequest(1).id;
    // A fault on the audit table alone, as a disk filling between the two writes would give.
    store.db.exec(`CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'full'); END`);
    await expect(store.requests.update(id, 1, decision(T0 + HOUR, '准予'))).rejects.toThrow(/full/);
    const after = await store.requests.byId(id);
    expect([after?.status, after?.version, after?.timeline.length]).toEqual(['pending', 1, 1]);
    expect(await store.audit.forRequest(id, 10)).toEqual([]);

    store.db.exec('DROP TRIGGER refuse_audit');
    expect(await store.requests.update(id, 1, decision(T0 + 2 * HOUR, '准予'))).toBe('ok');
    expect((await store.requests.byId(id))?.status).toBe('approved');
    expect(await store.audit.forRequest(id, 10)).toEqual([entry(T0 + 2 * HOUR, '准予')]);
    expect(await store.audit.settle(100)).toBe(0);
  });

  test('a stale decision (the version moved on) writes no entry', async () => {
    const id = workRequest(1).id;
    expect(await store.requests.update(id, 1, decision(T0 + HOUR, '第一次'))).toBe('ok');
    expect(await store.requests.update(id, 1, decision(T0 + 2 * HOUR, '第二次'))).toBe('stale');
    expect((await store.audit.forRequest(id, 10)).map((e) => e.detail)).toEqual(['第一次']);
  });
});

describe('cloudbase stand-in: the entry rides on the document and is copied once', () => {
  const id = workRequest(1).id;
  async function ready() {
    const db = await createReadyStandin();
    const store = createCloudbaseStore(db);
    await store.load(fixture());
    await store.requests.create(workRequest(1, { kind: 'aid' }), FIRST);
    return { db, store };
  }

  test('a failed copy leaves the decision standing; the timer copies its entry, once', async () => {
    const { db, store } = await ready();
    const flaky = createCloudbaseStore(withFault(db, (c, op) => c === 'audit_log' && op === 'add'));
    expect(await flaky.requests.update(id, 1, decision(T0 + HOUR, '准予'))).toBe('ok');
    expect((await store.requests.byId(id))?.status).toBe('approved');
    expect(await store.audit.forRequest(id, 10)).toEqual([]);

    const report = await runTick({ store, now: T0 + 2 * HOUR, pusher: NO_PUSH });
    expect(report.auditSettled).toBe(1);
    expect(report.auditError).toBeUndefined();
    expect(await store.audit.forRequest(id, 10)).toEqual([entry(T0 + HOUR, '准予')]);
    expect((await runTick({ store, now: T0 + 3 * HOUR, pusher: NO_PUSH })).auditSettled).toBe(0);
    expect(await store.audit.forRequest(id, 10)).toHaveLength(1);
  });

  test('a copy whose reply is lost, then copied again, is still one entry', async () => {
    const { db, store } = await ready();
    const lost = createCloudbaseStore(withFault(db, (c, op) => (c === 'audit_log' && op === 'add' ? 'lost' : false)));
    expect(await lost.requests.update(id, 1, decision(T0 + HOUR, '准予'))).toBe('ok');
    // The entry landed but the list was never emptied: the sweep copies it again, into the same id.
    expect(await store.audit.settle(100)).toBe(0);
    expect(await store.audit.forRequest(id, 10)).toHaveLength(1);
    const doc = (await db.collection('requests').doc(id).get()).data;
    expect([doc.auditOpen, doc.auditPending]).toEqual([false, []]);
    expect(await copyPending(db, 'requests', doc)).toBe(0);
  });

  test('a change in between keeps both entries waiting until one copy takes them', async () => {
    const { db, store } = await ready();
    const flaky = createCloudbaseStore(withFault(db, (c, op) => c === 'audit_log' && op === 'add'));
    expect(await flaky.requests.update(id, 1, decision(T0 + HOUR, '开始审查'))).toBe('ok');
    expect(await flaky.requests.update(id, 2, decision(T0 + 2 * HOUR, '准予'))).toBe('ok');
    expect(await store.audit.settle(100)).toBe(2);
    expect((await store.audit.forRequest(id, 10)).map((e) => e.detail)).toEqual(['开始审查', '准予']);
    // A healthy change copies its entry at once: nothing is left for the timer.
    expect(await store.requests.update(id, 3, { ...decision(T0 + 3 * HOUR, '补正'), status: 'reviewing' })).toBe('ok');
    expect(await store.audit.forRequest(id, 10)).toHaveLength(3);
    expect(await store.audit.settle(100)).toBe(0);
  });

  test('a resident deleting their data before the sweep does not take the uncopied entry with it', async () => {
    const { db, store } = await ready();
    const flaky = createCloudbaseStore(withFault(db, (c, op) => c === 'audit_log' && op === 'add'));
    expect(await flaky.requests.update(id, 1, decision(T0 + HOUR, '准予'))).toBe('ok');
    // With the log still refusing, the deletion is refused too, and the request (with its entry) stays.
    await expect(flaky.requests.deleteByOwner(workRequest(1).owner)).rejects.toThrow(/injected fault/);
    expect(await store.requests.byId(id)).not.toBeNull();
    expect(await store.requests.deleteByOwner(workRequest(1).owner)).toBe(1);
    expect(await store.audit.forRequest(id, 10)).toEqual([entry(T0 + HOUR, '准予')]);
    expect(await store.audit.settle(100)).toBe(0);
  });

  test('a stale decision writes no entry', async () => {
    const { store } = await ready();
    expect(await store.requests.update(id, 1, decision(T0 + HOUR, '第一次'))).toBe('ok');
    expect(await store.requests.update(id, 1, decision(T0 + 2 * HOUR, '第二次'))).toBe('stale');
    expect(await store.audit.settle(100)).toBe(0);
    expect((await store.audit.forRequest(id, 10)).map((e) => e.detail)).toEqual(['第一次']);
  });
});

describe('the local runtime: a legal-aid decision when the audit write fails', () => {
  const w = withHarness({ aidStaff: 'demo-aid-staff' });

  test('the staff see an error, the application is unchanged, and the retry decides it with one entry', async () => {
    const resident = new Browser(w.h.url);
    const id = await submit(resident, aidBody(w.at.post.id));
    const before = await workDetail(w.aidStaff, id);
    const decide = () =>
      w.aidStaff.call('work', {
        action: 'decide',
        id,
        version: before.version,
        decision: 'approve',
        reason: '经审查符合法律援助条件',
      });

    w.h.store.db.exec(
      `CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END`,
    );
    try {
      const refused = await decide();
      expect(refused.json.ok).toBe(false);
    } finally {
      w.h.store.db.exec('DROP TRIGGER refuse_audit');
    }
    const unchanged = await workDetail(w.aidStaff, id);
    expect([unchanged.status, unchanged.version]).toEqual([before.status, before.version]);
    const box = await resident.call('resident', { action: 'outbox' });
    expect(box.json.data.notices.filter((n: { requestId: string }) => n.requestId === id)).toEqual([]);

    const retried = await decide();
    expect(retried.json).toMatchObject({ ok: true, data: { status: 'approved' } });
    const entries = await w.h.store.audit.forRequest(id, 10);
    expect(entries.map((e) => e.action)).toEqual(['aid.approve']);
  });
});
