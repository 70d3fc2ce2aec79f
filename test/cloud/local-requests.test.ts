/**
 * A resident's requests over the local runtime: asking, mediation and legal aid land where they should with the
 * promised dates; personal numbers are encrypted at rest and masked on the way back; bad input, repeats, floods
 * and abusive text are refused with a code and a Chinese message, writing nothing; nobody sees another's requests.
 */
import { distanceM } from '~/cloudfunctions/geo/distance';
import type { Post } from '~/types/domain';
import { aidDecisionDeadline } from '~/types/aidDeadline';
import { Client, demoDataset, startHarness, type Harness } from '../support/local-harness';
import { BAD_ID, ID_NUMBER, PHONE, aidBody, mediationBody, questionBody } from '../support/request-bodies';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

let h: Harness;
let post: Post;
let retiredId: string;
beforeAll(async () => {
  h = await startHarness();
  post = (await h.store.posts.page(null, 1, 'active'))[0];
  retiredId = (await h.store.posts.page(null, 1, 'retired'))[0].id;
});
afterAll(() => h.close());

/** Every row the request actions write, counted: a refused submission must leave it as it was. */
function snapshot(): string {
  const q = (sql: string) => JSON.stringify(h.store.db.prepare(sql).get());
  return [q('SELECT COUNT(*) n FROM requests'), q('SELECT COUNT(*) n FROM request_events')].join('|');
}

const question = (extra: Record<string, unknown> = {}) => questionBody(post.id, extra);
const mediation = (extra: Record<string, unknown> = {}) => mediationBody(post.id, extra);
const aid = (extra: Record<string, unknown> = {}) => aidBody(post.id, extra);

/** Where a request should go, worked out from the demo dataset by brute force. */
function expectedMediationTarget(): string {
  const data = demoDataset();
  const rooms = data.services
    .filter((s) => s.kind === 'mediationRoom' && s.lat !== null && s.lng !== null)
    .map((s) => ({ s, d: distanceM(post, { lat: s.lat as number, lng: s.lng as number }) }))
    .sort((a, b) => a.d - b.d);
  if (rooms[0] && rooms[0].d <= 5000) return rooms[0].s.name;
  return data.services.find((s) => s.kind === 'judicialOffice' && s.regionCode === post.townshipCode)!.name;
}

async function detail(c: Client, id: string) {
  const res = await c.call('resident', { action: 'requestDetail', id });
  expect(res.status).toBe(200);
  return res.json.data;
}

test('a question goes to the village volunteers with a 24-hour promise', async () => {
  const c = new Client(h.url);
  const res = await c.call('resident', question());
  expect(res.status).toBe(200);
  expect(res.json).toEqual({
    ok: true,
    data: { id: expect.stringMatching(/^r[0-9a-f]{24}$/), created: true, dueAt: h.clock.now + 24 * HOUR },
  });
  const village = await h.store.regions.byCode(post.villageCode);
  const d = await detail(c, res.json.data.id);
  expect(d).toMatchObject({ kind: 'question', postId: post.id, postName: post.name, status: 'pending' });
  expect(d.title).toBe('法律咨询 · 拖欠工资');
  expect(d.timeline).toEqual([
    { at: h.clock.now, status: 'pending', by: '系统', note: `已转交 ${village!.name}的法律明白人` },
  ]);
  expect(d.answers).toEqual([]);
  expect(d.fields).toEqual([
    { label: '咨询类别', value: '拖欠工资' },
    { label: '问题描述', value: '老板拖欠三个月工资不给，该怎么办？' },
    { label: '回电电话', value: '139****5678' },
    { label: '匿名咨询', value: '否' },
  ]);
});

test('a mediation request goes to the nearest mediation room within 5 km (else the judicial office), 3 days', async () => {
  const c = new Client(h.url);
  const res = await c.call('resident', mediation());
  expect(res.json).toEqual({
    ok: true,
    data: { id: expect.stringMatching(/^r[0-9a-f]{24}$/), created: true, dueAt: h.clock.now + 3 * DAY },
  });
  const d = await detail(c, res.json.data.id);
  expect(d.title).toBe('调解申请 · 邻里纠纷');
  expect(d.status).toBe('submitted');
  expect(d.timeline[0].note).toBe(`已转交 ${expectedMediationTarget()}`);
  expect(d.fields).toContainEqual({ label: '联系电话', value: '139****5678' });
  expect(d.fields).toContainEqual({ label: '方便联系的时间', value: '周末' });
});

test('a legal-aid pre-application is routed by channel, due at 24:00 of the 7th day after receipt, numbers masked', async () => {
  const c = new Client(h.url);
  const county = (await h.store.regions.byCode(post.countyCode))!;
  const student = await c.call('resident', aid({ channel: 'student' }));
  expect(student.json).toEqual({
    ok: true,
    data: {
      id: expect.stringMatching(/^r[0-9a-f]{24}$/),
      created: true,
      dueAt: aidDecisionDeadline(h.clock.now).endsAt,
    },
  });
  const d = await detail(c, student.json.data.id);
  expect(d.title).toBe('法律援助预申请 · 请求确认劳动关系或者支付劳动报酬');
  expect(d.timeline[0].note).toBe('已转交 白城师范学院法律援助工作站');
  expect(d.fields).toContainEqual({
    label: '身份证号',
    value: `${ID_NUMBER.slice(0, 6)}********${ID_NUMBER.slice(-4)}`,
  });
  expect(d.fields).toContainEqual({ label: '联系电话', value: '139****5678' });
  expect(d.fields).toContainEqual({ label: '诚信承诺', value: '已承诺' });

  const plain = await c.call('resident', aid());
  expect((await detail(c, plain.json.data.id)).timeline[0].note).toBe(`已转交 ${county.name}法律援助中心`);
  const women = await c.call('resident', aid({ channel: 'women' }));
  expect((await detail(c, women.json.data.id)).timeline[0].note).toMatch(
    new RegExp(`^已转交 ${county.name}.*妇女法律援助工作站$`),
  );
});

test('the stored rows hold the ID number and phones only encrypted', async () => {
  const c = new Client(h.url);
  await c.call('resident', aid());
  await c.call('resident', question());
  const raw = JSON.stringify(h.store.db.prepare('SELECT * FROM requests').all());
  expect(raw).toContain('赵铁柱'); // the rows are there…
  expect(raw).not.toContain(ID_NUMBER); // …without the numbers in clear
  expect(raw).not.toContain(PHONE);
  expect(raw).not.toContain(ID_NUMBER.slice(6, 14));
});

const refusals: [string, () => Record<string, unknown>, number, string, RegExp][] = [
  ['an empty question', () => question({ text: '   ' }), 400, 'INVALID_INPUT', /问题描述至少5个字/],
  ['an over-long question', () => question({ text: '问'.repeat(501) }), 400, 'INVALID_INPUT', /不能超过500个字/],
  ['a wrong ID checksum', () => aid({ idNumber: BAD_ID }), 400, 'INVALID_INPUT', /身份证号不正确/],
  ['the sample ID 220802199001011235', () => aid({ idNumber: '220802199001011235' }), 400, 'INVALID_INPUT', /身份证号/],
  ['an impossible phone', () => mediation({ phone: '12345678901' }), 400, 'INVALID_INPUT', /手机号格式不正确/],
  [
    'no pledge from an applicant claiming hardship',
    () => aid({ exemption: 'none', householdSize: 3, monthlyIncome: 500, pledge: false }),
    400,
    'INVALID_INPUT',
    /诚信承诺/,
  ],
  ['an urgency that is not yes or no', () => aid({ urgent: 'soon' }), 400, 'INVALID_INPUT', /是否紧急/],
  ['a retired post', () => question({ postId: 'RETIRED' }), 404, 'POST_RETIRED', /已撤销/],
  ['an unknown post', () => question({ postId: 'p00000000000000' }), 404, 'POST_NOT_FOUND', /没有找到这个先锋岗/],
  ['abusive text', () => question({ text: '你们这帮王八蛋到底管不管' }), 400, 'CONTENT_REJECTED', /不适宜/],
  [
    'an ad in the facts',
    () => aid({ facts: '专业代开发票，刷单返利，日赚五百元，联系我们立刻到账！！！' }),
    400,
    'CONTENT_REJECTED',
    /不适宜/,
  ],
];

test.each(refusals)(
  '%s is refused with its code and a Chinese message, writing nothing',
  async (_n, make, status, code, msg) => {
    const c = new Client(h.url);
    const before = snapshot();
    const body = make();
    const res = await c.call('resident', body.postId === 'RETIRED' ? { ...body, postId: retiredId } : body);
    expect(res.status).toBe(status);
    expect(res.json.ok).toBe(false);
    expect(res.json.error.code).toBe(code);
    expect(res.json.error.message).toMatch(msg);
    expect(snapshot()).toBe(before);
  },
);

test('the same clientId twice is one request: the second answers created:false with the same id', async () => {
  const c = new Client(h.url);
  const body = mediation();
  const first = await c.call('resident', body);
  const before = snapshot();
  h.clock.now += 61_000;
  const again = await c.call('resident', body);
  h.clock.now -= 61_000;
  expect(again.status).toBe(200);
  expect(again.json.data).toEqual({ id: first.json.data.id, created: false, dueAt: first.json.data.dueAt });
  expect(snapshot()).toBe(before);
  expect(h.store.db.prepare('SELECT COUNT(*) FROM requests WHERE client_id = ?').pluck().get(body.clientId)).toBe(1);
});

test('the 11th submission within an hour is refused with 429 (a retry is not), and allowed again an hour later', async () => {
  const c = new Client(h.url);
  const start = h.clock.now;
  const kinds = [question, mediation, aid];
  const sent: Record<string, unknown>[] = [];
  for (let i = 0; i < 10; i++) {
    h.clock.now = start + i * 61_000; // past the per-minute guard: the hourly cap is what is tested
    sent.push(kinds[i % 3]());
    expect((await c.call('resident', sent[i])).status).toBe(200);
  }
  h.clock.now = start + 10 * 61_000;
  const before = snapshot();
  const res = await c.call('resident', question());
  expect(res.status).toBe(429);
  expect(res.json.error).toEqual({ code: 'RATE_LIMITED', message: '提交太频繁了，每小时最多提交10次，请稍后再试' });
  expect(snapshot()).toBe(before);
  // A retry of one already stored is still answered quietly at the cap.
  h.clock.now += 61_000;
  const retry = await c.call('resident', sent[3]);
  expect(retry.json.data.created).toBe(false);
  expect(snapshot()).toBe(before);
  h.clock.now = start + HOUR + 1000;
  expect((await c.call('resident', question())).status).toBe(200);
  h.clock.now = start;
});

test("deleting one's data does not reset the hourly cap", async () => {
  const c = new Client(h.url);
  const start = h.clock.now;
  for (let i = 0; i < 10; i++) {
    h.clock.now = start + i * 61_000;
    expect((await c.call('resident', question())).status).toBe(200);
  }
  h.clock.now = start + 10 * 61_000;
  expect((await c.call('resident', { action: 'deleteMyData', confirm: true })).json.data.deleted).toBe(10);
  h.clock.now += 61_000;
  expect((await c.call('resident', question())).status).toBe(429);
  h.clock.now = start + 10 * 61_000 + HOUR + 1000;
  expect((await c.call('resident', question())).status).toBe(200);
  // The note that kept the cap is the resident's last trace: the timer's sweep removes it once its hour is over.
  const notes = () => h.store.db.prepare("SELECT count(*) FROM meta WHERE key LIKE 'cap:%'").pluck().get();
  expect(notes()).toBe(1);
  await h.store.meta.sweepClaims(h.clock.now);
  expect(notes()).toBe(0);
  h.clock.now = start;
});

test("a resident sees only their own requests, newest first; another's answers as missing", async () => {
  const [a, b] = [new Client(h.url), new Client(h.url)];
  const q1 = await a.call('resident', question());
  h.clock.now += 1000;
  const q2 = await a.call('resident', mediation());
  h.clock.now -= 1000;
  const list = await a.call('resident', { action: 'myRequests' });
  expect(list.json.data.requests.map((r: { id: string }) => r.id)).toEqual([q2.json.data.id, q1.json.data.id]);
  expect(list.json.data.requests[1]).toEqual({
    id: q1.json.data.id,
    kind: 'question',
    postId: post.id,
    postName: post.name,
    title: '法律咨询 · 拖欠工资',
    excerpt: '老板拖欠三个月工资不给，该怎么办？',
    status: 'pending',
    createdAt: h.clock.now,
    updatedAt: h.clock.now,
    dueAt: h.clock.now + 24 * HOUR,
  });
  expect((await b.call('resident', { action: 'myRequests' })).json.data).toEqual({ requests: [] });
  for (const id of [q1.json.data.id, 'r0000000000000000000000000']) {
    const res = await b.call('resident', { action: 'requestDetail', id });
    expect(res.status).toBe(404);
    expect(res.json.error).toEqual({ code: 'REQUEST_NOT_FOUND', message: '没有找到这条诉求，可能已被删除' });
  }
});

test("deleting my data removes all of mine and nothing of anyone else's", async () => {
  const [a, b] = [new Client(h.url), new Client(h.url)];
  await a.call('resident', question());
  await a.call('resident', aid());
  const kept = await b.call('resident', question());
  const refused = await a.call('resident', { action: 'deleteMyData', confirm: false });
  expect(refused.status).toBe(400);
  expect(refused.json.error.message).toBe('请确认删除');
  expect((await a.call('resident', { action: 'deleteMyData', confirm: true })).json).toEqual({
    ok: true,
    data: { deleted: 2 },
  });
  expect((await a.call('resident', { action: 'myRequests' })).json.data.requests).toEqual([]);
  expect((await b.call('resident', { action: 'requestDetail', id: kept.json.data.id })).status).toBe(200);
  expect((await b.call('resident', { action: 'deleteMyData', confirm: true })).json.data).toEqual({ deleted: 1 });
});
