/**
 * An import batch and its audit entry (审计日志, posts.import) are one unit: over SQLite a batch whose entry cannot
 * be stored stores no post; over the CloudBase stand-in the batch's first post carries the entry until the timer's
 * sweep stores it, once.
 */
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import type { Dataset } from '~/cloudfunctions/store/port';
import type { Post } from '~/types/domain';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { createReadyStandin } from '../support/cloudbase-ready';
import { withFault } from '../support/cloudbase-standin-fault';
import { postRow, regionRow } from '../support/rows';

const T0 = Date.UTC(2026, 11, 1, 2);
const dataset = (): Dataset => ({
  regions: [
    regionRow('220800', '白城市', 'city', null),
    regionRow('220802', '洮北区', 'county', '220800'),
    regionRow('220802001', '新立街道', 'township', '220802'),
    regionRow('220802001201', '平安村', 'village', '220802001'),
  ],
  posts: [],
  services: [],
  volunteers: [],
  users: [],
});

describe('an import batch and its entry', () => {
  const post = (n: number): Post => postRow(`BC2208020012010${n}`, T0, { name: `平安村${n}号先锋岗` });
  const history = (p: Post) => ({ postId: p.id, at: T0, by: 'o-city', action: 'import' as const, summary: '导入' });
  const entry = {
    at: T0,
    actor: 'o-city',
    actorLabel: '市局',
    action: 'posts.import',
    requestId: 'import:posts.csv',
    kind: 'admin' as const,
    actorRole: 'admin:city',
    detail: '2个岗位',
  };
  const posts = [post(1), post(2)];

  test('sqlite: a batch whose entry fails stores no post', async () => {
    const store = openSqliteStore(':memory:');
    await store.load(dataset());
    store.db.exec(`CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END`);
    await expect(store.posts.create(posts, posts.map(history), entry)).rejects.toThrow();
    expect(await store.posts.byIds(posts.map((p) => p.id))).toEqual([]);
    store.db.exec('DROP TRIGGER refuse_audit');
    expect(await store.posts.create(posts, posts.map(history), entry)).toEqual({ created: 2, taken: [] });
    expect(await store.audit.forRequest('import:posts.csv', 10)).toEqual([entry]);
    await store.close();
  });

  test('cloudbase stand-in: the first post carries the entry; the sweep stores it once', async () => {
    const db = await createReadyStandin();
    const store = createCloudbaseStore(db);
    await store.load(dataset());
    const flaky = createCloudbaseStore(withFault(db, (c, op) => c === 'audit_log' && op === 'add'));
    expect(await flaky.posts.create(posts, posts.map(history), entry)).toEqual({ created: 2, taken: [] });
    expect(await store.audit.forRequest('import:posts.csv', 10)).toEqual([]);
    expect(await store.audit.settle(100)).toBe(1);
    expect(await store.audit.settle(100)).toBe(0);
    expect(await store.audit.forRequest('import:posts.csv', 10)).toEqual([entry]);
  });
});
