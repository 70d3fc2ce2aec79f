/**
 * Idempotency claims (store.meta.claim, e.g. admin.createPost's requestId) do not pile up for ever: each carries an
 * expiry, and the timer's run removes the claims past it, on SQLite and on CloudBase alike. A claim still inside its
 * expiry and the plain settings of the same table stay.
 */
import { NO_PUSH } from '~/cloudfunctions/domain/context';
import { runTick } from '~/cloudfunctions/domain/cron/tick';
import { CLAIM_TTL_MS } from '~/cloudfunctions/domain/request-once';
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import type { Store } from '~/cloudfunctions/store/port';
import Database from 'better-sqlite3';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { migrate } from '~/cloudfunctions/store/sqlite/migrate';
import { createReadyStandin } from '../support/cloudbase-ready';
import { fixture } from './store-fixture';

const NOW = Date.UTC(2026, 10, 28, 2);
const HOUR = 3600 * 1000;

async function sweptByTick(store: Store): Promise<void> {
  await store.load(fixture());
  await store.meta.set('setting.kept', 'on');
  // A note set with an expiry (the hourly cap's) goes like a claim; set again without one, it is kept.
  await store.meta.set('note.old', '{"n":3}', { expiresAt: NOW - HOUR });
  await store.meta.set('note.renewed', '{"n":1}', { expiresAt: NOW - HOUR });
  await store.meta.set('note.renewed', 'kept');
  // Made 25 hours ago with the create flow's expiry: past it now.
  await store.meta.claim('claim.old', 'P-old', NOW - 25 * HOUR + CLAIM_TTL_MS);
  // Made an hour ago: still inside it.
  await store.meta.claim('claim.fresh', 'P-fresh', NOW - HOUR + CLAIM_TTL_MS);

  const report = await runTick({ store, now: NOW, pusher: NO_PUSH });

  expect(report.claimsError).toBeUndefined();
  expect(report.claimsSwept).toBe(2);
  expect(await store.meta.get('claim.old')).toBeNull();
  expect(await store.meta.get('note.old')).toBeNull();
  expect(await store.meta.get('note.renewed')).toBe('kept');
  expect(await store.meta.get('claim.fresh')).toBe('P-fresh');
  expect(await store.meta.get('setting.kept')).toBe('on');
  // The swept key is free again; the fresh one still answers its first value.
  expect(await store.meta.claim('claim.old', 'P-new', NOW + CLAIM_TTL_MS)).toEqual({ claimed: true, value: 'P-new' });
  expect(await store.meta.claim('claim.fresh', 'P-other', NOW + CLAIM_TTL_MS)).toEqual({
    claimed: false,
    value: 'P-fresh',
  });
  // A second run at the same time finds nothing more to remove.
  expect((await runTick({ store, now: NOW, pusher: NO_PUSH })).claimsSwept).toBe(0);
}

test('a claim past its expiry is gone after a timer run and a fresh one stays (SQLite)', async () => {
  const store = openSqliteStore(':memory:');
  try {
    await sweptByTick(store);
  } finally {
    await store.close();
  }
});

test('a claim past its expiry is gone after a timer run and a fresh one stays (CloudBase stand-in)', async () => {
  const standin = await createReadyStandin();
  await sweptByTick(createCloudbaseStore(standin, { settleMs: 0, now: () => standin.clock.now }));
});

test('a file of the first release keeps its settings and gives its create-post claims a day', () => {
  const db = new Database(':memory:');
  try {
    migrate(db, []);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)').run('salt', 's1', 'posts.create.ab.1', 'P9');
    const before = Date.now();
    migrate(db);
    const expiry = db.prepare('SELECT key, value, expires_at AS expiresAt FROM meta ORDER BY key').all() as {
      key: string;
      value: string;
      expiresAt: number | null;
    }[];
    expect(expiry.map((r) => [r.key, r.value])).toEqual([
      ['posts.create.ab.1', 'P9'],
      ['salt', 's1'],
    ]);
    expect(expiry[1].expiresAt).toBeNull();
    expect(expiry[0].expiresAt).toBeGreaterThanOrEqual(before + 24 * HOUR - 1000);
    expect(expiry[0].expiresAt).toBeLessThanOrEqual(Date.now() + 24 * HOUR + 1000);
  } finally {
    db.close();
  }
});
