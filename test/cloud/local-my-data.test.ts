/**
 * Over the local runtime (SQLite, HTTP): what staff reveal, open and decide on a legal-aid application is in the city
 * admins' audit log under their name and role, without the number they saw; and each resident downloads their own
 * data (我的数据) — full numbers, photo links, history, notices — and nothing of anyone else's, as text (H5) or as a
 * stored file (WeChat's delivery), limited to 3 a minute and gone with 删除我的数据.
 */
import { randomUUID } from 'node:crypto';
import { cstMinute } from '~/types/day';
import type { Post } from '~/types/domain';
import { Client, startAtPost, type Harness } from '../support/local-harness';
import { ID_NUMBER, PNG, aidBody } from '../support/request-bodies';

let h: Harness;
let post: Post;
beforeAll(async () => ({ h, post } = await startAtPost()));
afterAll(() => h.close());

async function as(openid: string | null): Promise<Client> {
  const c = new Client(h.url);
  if (openid) expect(await c.login(openid)).toBe(200);
  return c;
}

test('reveals, photo views and decisions reach the audit log; each resident downloads only their own data', async () => {
  const alice = await as('demo-resident');
  const photo = (await alice.postBytes('/upload', PNG, 'image/png')).json.data.fileId as string;
  const aid = await alice.call('resident', aidBody(post.id, { photos: [photo] }));
  expect(aid.status).toBe(200);
  const rec = (await h.store.requests.byId(aid.json.data.id))!;
  // A second resident (a browser of its own, never logged in) asks a question of their own.
  const bob = await as(null);
  const asked = await bob.call('resident', {
    action: 'ask',
    postId: post.id,
    clientId: randomUUID(),
    category: 'land',
    text: '邻居家的树枝伸到我家院子里，可以要求他修剪吗？',
    callbackPhone: '13698765432',
  });
  expect(asked.status).toBe(200);

  await h.store.users.put({
    openid: 'demo-aid-desk',
    role: 'staff',
    regionCode: post.countyCode,
    label: '法律援助中心 王审查',
    volunteerId: null,
    serviceId: rec.assignee,
  });
  const staff = await as('demo-aid-desk');
  expect((await staff.call('work', { action: 'reveal', id: rec.id, field: 'idNumber' })).json.data.value).toBe(
    ID_NUMBER,
  );
  expect((await staff.call('work', { action: 'evidence', id: rec.id })).status).toBe(200);
  const decided = await staff.call('work', {
    action: 'decide',
    id: rec.id,
    version: rec.version,
    decision: 'approve',
    reason: '符合经济困难标准，准予法律援助。',
  });
  expect(decided.status).toBe(200);

  const city = await as('demo-admin');
  const log = await city.call('admin', { action: 'auditLog' });
  expect(log.status).toBe(200);
  // The request's entries name it as the log reads it: its kind, its village and the day it was filed.
  const [village] = await h.store.regions.byCodes([rec.villageCode]);
  const label = `法律援助预申请（${village.name}，${cstMinute(rec.createdAt).slice(0, 10)}提交）`;
  const mine = log.json.data.entries.filter((e: { record: string }) => e.record === label);
  expect(mine.map((e: Record<string, string>) => [e.kind, e.action, e.actorName, e.actorRole])).toEqual([
    ['decision', '法律援助：准予', '法律援助中心 王审查', '工作人员'],
    ['evidence', '查看证明材料照片', '法律援助中心 王审查', '工作人员'],
    ['reveal', '查看完整身份证号', '法律援助中心 王审查', '工作人员'],
  ]);
  expect(JSON.stringify(log.json.data)).not.toContain(ID_NUMBER);
  const decisions = await city.call('admin', { action: 'auditLog', kind: 'decision' });
  expect(decisions.json.data.entries.map((e: { action: string }) => e.action)).toEqual(['法律援助：准予']);
  for (const who of ['demo-county-admin', 'demo-township-admin', 'demo-aid-desk', 'demo-resident']) {
    const res = await (await as(who)).call('admin', { action: 'auditLog' });
    expect([who, res.status]).toEqual([who, 403]);
  }

  // Alice's own data: her numbers in full, her photo's link (which opens for her), the decision and its notice.
  const a = await alice.call('resident', { action: 'myData' });
  expect(a.status).toBe(200);
  expect(a.json.data.filename).toMatch(/^我的数据_\d{8}\.json$/);
  expect([a.json.data.requests, a.json.data.notices]).toEqual([1, 1]);
  const doc = JSON.parse(a.json.data.json);
  const [req] = doc['我的诉求'];
  expect(req['身份证号和手机号（完整）']).toEqual({ 身份证号: ID_NUMBER, 手机号: '13912345678' });
  expect(req['填写内容']['姓名']).toBe('赵铁柱');
  expect(req['状态']).toBe('准予法律援助');
  expect(req['办理记录'].map((t: Record<string, string>) => t['状态'])).toContain('准予法律援助');
  expect(req['证明材料照片']).toEqual([`/files/${photo}`]);
  const opened = await fetch(`${h.url}${req['证明材料照片'][0]}`, { headers: { cookie: alice.cookieHeader() } });
  expect(opened.status).toBe(200);
  expect(doc['消息'][0]['内容']).toBe('符合经济困难标准，准予法律援助。');
  expect(a.json.data.json).not.toContain('13698765432');
  expect(a.json.data.json).not.toContain('树枝');

  // Bob's holds his question only: nothing of Alice's.
  const b = await bob.call('resident', { action: 'myData' });
  expect([b.status, b.json.data.requests, b.json.data.notices]).toEqual([200, 1, 0]);
  expect(b.json.data.json).toContain('13698765432');
  for (const hers of [ID_NUMBER, '赵铁柱', '13912345678', rec.id, photo]) expect(b.json.data.json).not.toContain(hers);

  // WeChat's delivery: a stored file with the same content, downloaded by its link.
  const f = await alice.call('resident', { action: 'myData', delivery: 'file' });
  expect([f.status, f.json.data.json]).toEqual([200, '']);
  // Only to her session: the link alone (from a browser's history, say) opens nothing, nor does Bob's session.
  expect((await fetch(`${h.url}${f.json.data.file.url}`)).status).toBe(404);
  const bobs = await fetch(`${h.url}${f.json.data.file.url}`, { headers: { cookie: bob.cookieHeader() } });
  expect(bobs.status).toBe(404);
  const got = await fetch(`${h.url}${f.json.data.file.url}`, { headers: { cookie: alice.cookieHeader() } });
  expect(got.status).toBe(200);
  expect(got.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(JSON.parse(await got.text())['我的诉求'][0]['编号']).toBe(rec.id);
  // Three a minute: the fourth is refused with the Chinese message.
  expect((await alice.call('resident', { action: 'myData' })).status).toBe(200);
  const fourth = await alice.call('resident', { action: 'myData' });
  expect([fourth.status, fourth.json.error.code, fourth.json.error.message]).toEqual([
    429,
    'RATE_LIMITED',
    '操作太频繁，请稍后再试',
  ]);

  // 删除我的数据 takes the stored copy too; the next download is empty.
  expect((await alice.call('resident', { action: 'deleteMyData', confirm: true })).status).toBe(200);
  expect((await fetch(`${h.url}${f.json.data.file.url}`, { headers: { cookie: alice.cookieHeader() } })).status).toBe(
    404,
  );
  h.clock.now += 61_000;
  expect((await alice.call('resident', { action: 'myData', delivery: 'disk' })).status).toBe(400);
  const empty = await alice.call('resident', { action: 'myData' });
  expect([empty.json.data.requests, empty.json.data.notices]).toEqual([0, 0]);
  expect(empty.json.data.json).not.toContain(ID_NUMBER);
});
