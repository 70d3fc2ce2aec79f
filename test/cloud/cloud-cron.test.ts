/**
 * The `cron` cloud function's entry: only its timer trigger (no OPENID, event Type 'Timer') runs the promise timer;
 * a mini-program user calling the function by name is refused. Over the CloudBase adapter with wx-server-sdk stood in.
 */
import type { StandinDatabase } from '../support/cloudbase-standin';
import { createReadyStandin, loadThroughAdapter } from '../support/cloudbase-ready';
import { demoDataset } from '../support/local-harness';
import type { RequestRow } from '~/cloudfunctions/store/port';
import { countyNetwork } from '../support/county-network';
import { loadEntry, type EntryMain } from '../support/wx-sdk-fake';
import { UNHANDLED } from './store-fixture';

let standin: StandinDatabase;
let openid = '';
jest.mock('wx-server-sdk', () =>
  require('../support/wx-sdk-fake').fakeWxSdk({
    db: () => standin,
    openid: () => openid,
    openapi: { subscribeMessage: { send: jest.fn() }, security: { msgSecCheck: jest.fn() } },
  }),
);

let cron: EntryMain;
let question: RequestRow;
const HOUR = 3_600_000;

beforeAll(async () => {
  standin = await createReadyStandin();
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  const data = demoDataset();
  const store = await loadThroughAdapter(standin, countyNetwork('220802'));
  const post = data.posts.find((p) => p.status === 'active' && p.countyCode === '220802')!;
  const created = Date.now() - 30 * HOUR;
  question = {
    id: 'r0000000000000000000000c1',
    kind: 'question',
    owner: 'o-resident-cron',
    clientId: '5f0c3c52-7d55-4c1e-9a43-0f5b2d8e4a11',
    postId: post.id,
    villageCode: post.villageCode,
    townshipCode: post.townshipCode,
    countyCode: post.countyCode,
    assignee: `post:${post.id}`,
    status: 'pending',
    title: '拖欠工资',
    payload: { category: 'wages', text: '老板拖欠三个月工资不给', hideName: false },
    createdAt: created,
    updatedAt: created,
    dueAt: created + 24 * HOUR,
    ...UNHANDLED,
  };
  await store.requests.create(question, [{ at: created, status: 'pending', by: '系统', note: '已转交' }]);
  cron = await loadEntry('cron');
});

test('a user calling the cron function by name is refused and nothing moves', async () => {
  openid = 'o-curious-user';
  const res = await cron({ Type: 'Timer', TriggerName: 'promiseTimer' });
  expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  const [stored] = standin.dump('requests') as unknown as { assignee: string }[];
  expect(stored.assignee).toBe(question.assignee);
});

test('the timer trigger hands the overdue question over to the township judicial office', async () => {
  openid = '';
  const res = await cron({ Type: 'Timer', TriggerName: 'promiseTimer', Time: new Date().toISOString() });
  expect(res.ok).toBe(true);
  expect(res.data).toMatchObject({ handedOver: 1 });
  const [stored] = standin.dump('requests') as unknown as { assignee: string; escalatedAt: number }[];
  expect(stored.assignee).toMatch(/^svc-/);
  expect(stored.escalatedAt).toEqual(expect.any(Number));
  // Run again: nothing more to do.
  expect((await cron({ Type: 'Timer', TriggerName: 'promiseTimer' })).data).toMatchObject({ handedOver: 0 });
});
