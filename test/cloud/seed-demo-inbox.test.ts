/**
 * `npm start`'s demo ends its generated year with work waiting for each demo worker (scripts/seed/activity.ts,
 * `demoInbox`), so a person trying the volunteer's, the judicial office's or the legal-aid centre's role has
 * something to open: read here through the real work.inbox action, as each demo identity, at the year's end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InboxData } from '~/types/api/work';
import { ROUTES } from '~/cloudfunctions/functions/routes';
import { loadKeys } from '~/cloudfunctions/local/secrets';
import { openSqliteStore, type SqliteStore } from '~/cloudfunctions/store/sqlite';
import { seedDatabase } from '~/scripts/seed/index';
import { runner } from './route-runner';

const END = Date.UTC(2026, 10, 27, 4); // 12:00 China time
const HOUR = 3600 * 1000;
const dir = mkdtempSync(join(tmpdir(), 'pp-demo-inbox-'));
let store: SqliteStore;
let work: ReturnType<typeof runner>;
let made: Awaited<ReturnType<typeof seedDatabase>>;

beforeAll(async () => {
  const file = join(dir, 'demo.db');
  made = await seedDatabase(file, { scans: 2000, endMs: END, demoInbox: true });
  store = openSqliteStore(file);
  // The key the seed sealed the requests with, as the server would read it.
  const { dataKey } = await loadKeys({ store, dbPath: file, production: false });
  work = runner(store, 'work', ROUTES.work, { now: () => END, dataKey });
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The waiting items of a demo identity's inbox at the year's end. */
async function todo(openid: string): Promise<InboxData> {
  const answer = await work(openid, { action: 'inbox', box: 'todo' });
  if (!answer.ok) throw new Error(answer.error?.message);
  return answer.data as InboxData;
}

test('the three waiting requests are counted with the year’s', () => {
  // 3 per 1,000 scans, then the three for the demo workers.
  expect(made.requests).toBe(6 + 3);
});

test('the demo volunteer has a question asked at their post within the last two hours, not yet due', async () => {
  const inbox = await todo('demo-volunteer');
  const fresh = inbox.items.filter((i) => i.kind === 'question' && i.createdAt >= END - 2 * HOUR);
  expect(fresh).toHaveLength(1);
  expect(fresh[0].overdue).toBe(false);
  expect(fresh[0].postName).toBe('锦绣社区居委会先锋岗');
  expect(inbox.todoCount).toBeGreaterThanOrEqual(1);
});

test('the demo judicial-office worker has the question nobody answered, handed over by the timer', async () => {
  const inbox = await todo('demo-staff');
  const handed = inbox.items.filter((i) => i.kind === 'question' && i.postName === '锦绣社区居委会先锋岗');
  expect(handed.length).toBeGreaterThanOrEqual(1);
  expect(handed.some((i) => i.createdAt === END - 30 * HOUR)).toBe(true);
});

test('the demo legal-aid worker has a pre-application to decide, from the last hour', async () => {
  const inbox = await todo('demo-aid-staff');
  const waiting = inbox.items.filter((i) => i.kind === 'aid' && i.createdAt >= END - 2 * HOUR);
  expect(waiting).toHaveLength(1);
  expect(waiting[0].postName).toBe('锦绣社区居委会先锋岗');
});
