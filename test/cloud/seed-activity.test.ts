/** The generated year of requests (演示数据) is made and handled through the real actions and looks like a year. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestDetail } from '~/types/api/requests';
import { NO_PUSH, type HandlerContext } from '~/cloudfunctions/domain/context';
import { wordListChecker } from '~/cloudfunctions/domain/content-words';
import { dispatch } from '~/cloudfunctions/functions/dispatch';
import { RateLimiter } from '~/cloudfunctions/functions/rate-limit';
import { ROUTES } from '~/cloudfunctions/functions/routes';
import type { RequestStatRow } from '~/cloudfunctions/store/port';
import { openSqliteStore, type SqliteStore } from '~/cloudfunctions/store/sqlite';
import { generateDataset } from '~/scripts/seed/index';
import { writeActivity } from '~/scripts/seed/activity';
import { newKeys } from '~/cloudfunctions/local/secrets';

const END = Date.UTC(2026, 10, 27, 12);
const YEAR_MS = 365 * 24 * 3600 * 1000;
const dir = mkdtempSync(join(tmpdir(), 'pp-activity-'));
const keys = newKeys();
let store: SqliteStore;
let result: Awaited<ReturnType<typeof writeActivity>>;
let rows: RequestStatRow[];

beforeAll(async () => {
  const data = generateDataset();
  store = openSqliteStore(join(dir, 'activity.db'));
  await store.load(data);
  result = await writeActivity(store, data, 300, END, keys);
  rows = await store.requests.forStats('2208', 0, END + 1, 10_000);
}, 60_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ofKind = (kind: string) => rows.filter((r) => r.kind === kind);
const statuses = (kind: string) => new Set(ofKind(kind).map((r) => r.status));

test('makes the asked number of requests, all within the year before the end, and says how many were answered', () => {
  expect(result.requests).toBe(300);
  expect(rows).toHaveLength(300);
  expect(rows.filter((r) => r.createdAt < END - YEAR_MS || r.createdAt > END)).toEqual([]);
  expect(result.answered).toBe(rows.filter((r) => r.firstAnswerAt !== null).length);
});

test('the audit log reads in time order, newest first, as a running product would have written it', async () => {
  const entries = await store.audit.page({ kinds: null, fromMs: 0, toMs: END + 1, before: null, limit: 5000 });
  // Decisions, steps and reveals of legal aid and mediation: dozens over 300 requests.
  expect(entries.length).toBeGreaterThan(30);
  const times = entries.map((e) => e.at);
  expect(times).toEqual([...times].sort((a, b) => b - a));
});

test('about 80 % questions, 12 % mediation and 8 % legal aid', () => {
  expect(ofKind('question').length / 300).toBeGreaterThan(0.72);
  expect(ofKind('question').length / 300).toBeLessThan(0.88);
  expect(ofKind('mediation').length).toBeGreaterThan(18);
  expect(ofKind('aid').length).toBeGreaterThan(10);
});

test('most questions are answered by volunteers, mostly within the promise, some of them late', () => {
  const questions = ofKind('question');
  const byVolunteer = questions.filter((r) => r.answeredBy?.startsWith('v'));
  expect(byVolunteer.length / questions.length).toBeGreaterThan(0.75);
  const late = byVolunteer.filter((r) => (r.firstAnswerAt as number) > r.dueAt);
  expect(late.length).toBeGreaterThan(0);
  expect(late.length / byVolunteer.length).toBeLessThan(0.25);
  expect([...statuses('question')]).toEqual(expect.arrayContaining(['answered', 'closed']));
  expect(questions.filter((r) => r.status === 'closed').length).toBeGreaterThan(questions.length / 2);
});

test('questions nobody answered in time were handed over by the timer to a judicial office', async () => {
  const escalated = [];
  for (const r of ofKind('question')) {
    const rec = await store.requests.byId(r.id);
    if (rec?.escalatedAt) escalated.push(rec);
  }
  expect(escalated.length).toBeGreaterThan(0);
  expect(escalated.filter((r) => !r.assignee.startsWith('svc-jo-'))).toEqual([]);
});

test('mediation cases end agreed and not agreed; legal aid is approved and declined within 7 days', async () => {
  expect([...statuses('mediation')]).toEqual(expect.arrayContaining(['agreed', 'failed', 'revisited']));
  expect([...statuses('aid')]).toEqual(expect.arrayContaining(['approved', 'declined']));
  const decided = ofKind('aid').filter((r) => r.status === 'approved' || r.status === 'declined');
  expect(decided.filter((r) => (r.firstAnswerAt as number) > r.createdAt + 7 * 24 * 3600 * 1000)).toEqual([]);
  const agreed = ofKind('mediation').find((r) => r.status === 'revisited')!;
  const rec = await store.requests.byId(agreed.id);
  expect(rec?.timeline.map((e) => e.status)).toEqual(
    expect.arrayContaining(['submitted', 'accepted', 'investigating', 'mediating', 'revisited']),
  );
});

test('a generated resident reads their legal-aid application back, decrypted and masked', async () => {
  let owner = '';
  for (let n = 1; n <= 300 && !owner; n++) {
    const mine = await store.requests.byOwner(`gen-resident-${n}`, 5);
    if (mine.some((r) => r.kind === 'aid')) owner = `gen-resident-${n}`;
  }
  const [aid] = (await store.requests.byOwner(owner, 5)).filter((r) => r.kind === 'aid');
  const ctx: HandlerContext = {
    store,
    identity: { openid: owner, user: null },
    now: () => END,
    secrets: { visitorSalt: keys.visitorSalt, dataKey: keys.dataKey },
    contentChecker: wordListChecker([]),
    pusher: NO_PUSH,
  };
  const out = await dispatch(
    'resident',
    ROUTES.resident,
    { action: 'requestDetail', id: aid.id },
    ctx,
    new RateLimiter(),
  );
  expect(out.result.ok).toBe(true);
  const detail = (out.result as { data: RequestDetail }).data;
  const values = detail.fields.map((f) => f.value).join(' ');
  expect(values).toMatch(/\d{6}\*{8}\d{3}[\dX]/);
  expect(values).toMatch(/1\d{2}\*{4}\d{4}/);
  expect(detail.timeline[0].status).toBe('submitted');
});
