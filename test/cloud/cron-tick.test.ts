/**
 * The promise timer (答复承诺计时): a reminder to the post's volunteers when a quarter of the promise is left, then
 * the hand-over of an overdue question to the township's judicial office, each at the right clock time, recorded in
 * the history and notified; running it again changes nothing; a question answered meanwhile is skipped.
 */
import type { NoticeKind, Pusher } from '~/cloudfunctions/domain/context';
import { runTick, TICK_BATCH } from '~/cloudfunctions/domain/cron/tick';
import type { NoticeRow, RequestRow, Store } from '~/cloudfunctions/store/port';
import { Client } from '../support/local-harness';
import { HOUR, bindByInvite, loginAs, questionBody, submit } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ volunteer: 'demo-volunteer', admin: 'demo-admin' });
let officeStaff: Client;
const pushed: { notice: NoticeRow; kind: NoticeKind }[] = [];
const pusher: Pusher = { push: async (notice, kind) => void pushed.push({ notice, kind }) };

beforeAll(async () => {
  officeStaff = await bindByInvite(w.h, w.admin, {
    role: 'staff',
    regionCode: w.at.post.countyCode,
    name: '司法所小刘',
    serviceId: w.at.office.id,
  });
});

const tick = (store: Store = w.h.store) => runTick({ store, now: w.h.clock.now, pusher });
const notices = async (c: Client) => (await c.call('resident', { action: 'outbox' })).json.data.notices;

test('reminded at 18 h, handed over just after 24 h, once each, with one assignee and the whole history', async () => {
  const t0 = w.h.clock.now;
  const owner = new Client(w.h.url);
  const id = await submit(owner, questionBody(w.at.post.id));
  const answered = await submit(new Client(w.h.url), questionBody(w.at.post.id));
  const v = (await w.h.store.requests.byId(answered))!.version;
  await w.volunteer.call('work', { action: 'answer', id: answered, version: v, text: '您好，请申请劳动仲裁。' });

  w.h.clock.now = t0 + 17 * HOUR;
  expect(await tick()).toMatchObject({ reminded: 0, handedOver: 0 });

  w.h.clock.now = t0 + 18 * HOUR;
  pushed.length = 0;
  expect(await tick()).toMatchObject({ reminded: 1, handedOver: 0, skipped: 0 });
  let rec = (await w.h.store.requests.byId(id))!;
  expect(rec.remindedAt).toBe(w.h.clock.now);
  expect(rec.timeline.at(-1)).toMatchObject({ status: 'pending', by: '系统', note: '已提醒志愿者尽快答复' });
  expect((await notices(w.volunteer))[0]).toMatchObject({
    title: '有咨询快到答复时限了',
    requestId: id,
    target: 'work',
  });
  expect(pushed.map((p) => p.kind)).toContain('reminder');
  expect((await w.h.store.requests.byId(answered))!.remindedAt).toBeNull();

  // Again at the same time, and up to the promise itself: nothing more happens.
  expect(await tick()).toMatchObject({ reminded: 0, handedOver: 0 });
  w.h.clock.now = t0 + 24 * HOUR;
  expect(await tick()).toMatchObject({ reminded: 0, handedOver: 0 });
  expect((await w.h.store.requests.byId(id))!.timeline).toHaveLength(2);

  w.h.clock.now = t0 + 24 * HOUR + 60_000;
  pushed.length = 0;
  expect(await tick()).toMatchObject({ reminded: 0, handedOver: 1, skipped: 0 });
  rec = (await w.h.store.requests.byId(id))!;
  expect(rec).toMatchObject({ assignee: w.at.office.id, status: 'pending', escalatedAt: w.h.clock.now });
  expect(rec.dueAt).toBe(w.h.clock.now + 24 * HOUR);
  expect(rec.timeline.map((e) => e.note)).toEqual([
    expect.stringMatching(/^已转交 .+的法律明白人$/),
    '已提醒志愿者尽快答复',
    `超过24小时未答复，已自动转交 ${w.at.office.name}`,
  ]);
  expect([...new Set(pushed.map((p) => p.kind))].sort()).toEqual(['assigned', 'progress']);
  expect(pushed.filter((p) => p.kind === 'progress').map((p) => p.notice.recipient)).toHaveLength(1);
  expect((await notices(owner))[0]).toMatchObject({ title: '您的咨询已转交司法所', requestId: id });
  expect((await notices(officeStaff))[0]).toMatchObject({ requestId: id, target: 'work' });
  expect((await w.volunteer.call('work', { action: 'detail', id })).json.error.code).toBe('REQUEST_NOT_FOUND');
  const inbox = (await officeStaff.call('work', { action: 'inbox' })).json.data;
  expect(inbox.items.map((i: { id: string }) => i.id)).toContain(id);

  // Idempotent: a second run an hour later changes nothing; the resident still sees one request with its history.
  w.h.clock.now += HOUR;
  expect(await tick()).toMatchObject({ reminded: 0, handedOver: 0 });
  const mine = (await owner.call('resident', { action: 'requestDetail', id })).json.data;
  expect(mine.timeline).toHaveLength(3);
  expect((await owner.call('resident', { action: 'myRequests' })).json.data.requests).toHaveLength(1);
  expect((await w.h.store.requests.byId(answered))!.assignee).toBe(`post:${w.at.post.id}`);
});

test('a question answered while the timer works on it is skipped, not an error, and stays answered', async () => {
  const id = await submit(new Client(w.h.url), questionBody(w.at.post.id));
  w.h.clock.now += 25 * HOUR;
  const racing: Store = {
    ...w.h.store,
    requests: {
      ...w.h.store.requests,
      // The volunteer answers between the timer's read and its write.
      dueQuestions: async (before: number, unremindedOnly: boolean, limit: number): Promise<RequestRow[]> => {
        const rows = await w.h.store.requests.dueQuestions(before, unremindedOnly, limit);
        const rec = (await w.h.store.requests.byId(id))!;
        if (rec.status === 'pending') {
          const res = await w.volunteer.call('work', {
            action: 'answer',
            id,
            version: rec.version,
            text: '您好，已电话联系您说明情况。',
          });
          expect(res.json.ok).toBe(true);
        }
        return rows;
      },
    },
  };
  const report = await tick(racing);
  expect(report.skipped).toBeGreaterThanOrEqual(1);
  const rec = (await w.h.store.requests.byId(id))!;
  expect(rec).toMatchObject({ status: 'answered', assignee: `post:${w.at.post.id}`, escalatedAt: null });
});

test('the promise set by the city admin moves both times; a run takes at most a batch', async () => {
  const admin = await loginAs(w.h, 'demo-admin');
  w.h.clock.now += 61_000;
  expect((await admin.call('admin', { action: 'updateSettings', questionPromiseHours: 8 })).json.data).toEqual({
    questionPromiseHours: 8,
  });
  const t0 = w.h.clock.now;
  const owner = new Client(w.h.url);
  const res = await owner.call('resident', questionBody(w.at.post.id));
  expect(res.json.data.dueAt).toBe(t0 + 8 * HOUR);
  const id = res.json.data.id as string;
  w.h.clock.now = t0 + 6 * HOUR - 1;
  expect((await tick()).reminded).toBe(0);
  w.h.clock.now = t0 + 6 * HOUR;
  expect((await tick()).reminded).toBe(1);

  // A backlog larger than one batch: pending questions stored directly, all overdue.
  const base = (await w.h.store.requests.byId(id))!;
  for (let i = 0; i < TICK_BATCH + 5; i++) {
    const row: RequestRow = { ...base, id: `rbatch${String(i).padStart(8, '0')}`, clientId: `c${i}`, version: 1 };
    await w.h.store.requests.create(row, []);
  }
  w.h.clock.now = t0 + 9 * HOUR;
  const first = await tick();
  expect(first.handedOver).toBe(TICK_BATCH);
  const second = await tick();
  expect(second.handedOver).toBe(6);
  expect((await tick()).handedOver).toBe(0);
  expect((await w.h.store.requests.byId(id))!.timeline.at(-1)!.note).toBe(
    `超过8小时未答复，已自动转交 ${w.at.office.name}`,
  );
});

test('POST /dev/cron runs the same tick on the local runtime, hours later on demand', async () => {
  const id = await submit(new Client(w.h.url), questionBody(w.at.post.id));
  const res = await fetch(`${w.h.url}/dev/cron`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ hoursLater: 9 }),
  });
  const body = (await res.json()) as { ok: boolean; data: { handedOver: number } };
  expect(body.ok).toBe(true);
  expect(body.data.handedOver).toBeGreaterThanOrEqual(1);
  expect((await w.h.store.requests.byId(id))!.assignee).toBe(w.at.office.id);
});
