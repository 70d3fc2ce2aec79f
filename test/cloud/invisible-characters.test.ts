/**
 * Characters nobody sees (controls, zero-width marks, bidirectional overrides) never reach what people read: a
 * post's name on its plate and landing page, a volunteer's or an admin's name, an application's name and address,
 * a service point's name. Over the local runtime each action stores the text without them, a one-line field's
 * line breaks become a space, and a multi-line account keeps its lines.
 */
import { randomUUID } from 'node:crypto';
import { Client } from '../support/local-harness';
import { aidBody, loginAs, submit } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ admin: 'demo-admin', county: 'demo-county-admin' });

const RLO = '\u202E'; // right-to-left override: shows what follows backwards
const ZWSP = '\u200B';
const BOM = '\uFEFF';

test('a post created or renamed with invisible characters is stored and shown without them', async () => {
  const created = await w.county.call('admin', {
    action: 'createPost',
    name: `${RLO}幸福${ZWSP}村先锋岗\u0007`,
    address: `村委会\u0000${BOM}东侧\n50米`,
    villageCode: w.at.post.villageCode,
    lat: w.at.post.lat + 0.001,
    lng: w.at.post.lng + 0.001,
  });
  expect(created.status).toBe(200);
  const id = created.json.data.id as string;
  expect(await w.h.store.posts.byId(id)).toMatchObject({ name: '幸福村先锋岗', address: '村委会东侧 50米' });
  const renamed = await w.county.call('admin', { action: 'updatePost', postId: id, name: `${RLO}${RLO}` });
  expect(renamed.status).toBe(400);
  expect(renamed.json.error.message).toBe('请填写名称');
  await w.county.call('admin', { action: 'updatePost', postId: id, name: `幸福村\u2066先锋岗\u2069（二）` });
  const page = await new Client(w.h.url).call('scan', { action: 'land', postId: id, scanId: randomUUID() });
  expect(page.json.data.post).toMatchObject({ name: '幸福村先锋岗（二）', address: '村委会东侧 50米' });
});

test('an invite names its person without invisible characters, and the profile keeps that name', async () => {
  const created = await w.admin.call('admin', {
    action: 'createInvite',
    role: 'volunteer',
    regionCode: w.at.post.villageCode,
    name: `张${ZWSP}明${RLO}远`,
    postIds: [w.at.post.id],
  });
  expect(created.status).toBe(200);
  // The same name rules as 我的资料: emoji alone, or a name that is only invisible characters, is no name.
  for (const [name, message] of [
    ['😀😀', '姓名不能只有表情或符号，请用文字写清楚'],
    [`${ZWSP}${RLO}张`, '姓名至少2个字'],
  ]) {
    const refused = await w.admin.call('admin', {
      action: 'createInvite',
      role: 'volunteer',
      regionCode: w.at.post.villageCode,
      name,
      postIds: [w.at.post.id],
    });
    expect([refused.status, refused.json.error.message, refused.json.error.field]).toEqual([400, message, 'name']);
  }
  const c = new Client(w.h.url);
  const bound = await c.call('work', { action: 'acceptInvite', code: created.json.data.code });
  expect(bound.json.data.label).toBe('张明远');
  const edited = await c.call('work', {
    action: 'updateProfile',
    name: `张明远${BOM}`,
    phone: '13600001234',
    phonePublic: false,
    hours: '每天上午\t8点\r\n到11点',
  });
  expect(edited.json.data).toMatchObject({ name: '张明远', hours: '每天上午 8点 到11点' });
});

test('an application keeps the lines of its facts and none of the invisible characters', async () => {
  const resident = await loginAs(w.h, 'demo-resident');
  const id = await submit(
    resident,
    aidBody(w.at.post.id, {
      name: `赵${ZWSP}铁柱${RLO}`,
      address: `洮北区平安镇\r\n平安村3组${BOM}`,
      facts: `2025年3月起在工地打工，老板一直拖欠工资。\r\n共欠8个月，合计3万2千元。\u0085`,
    }),
  );
  const mine = JSON.parse((await resident.call('resident', { action: 'myData' })).json.data.json);
  const form = mine['我的诉求'].find((r: { 编号: string }) => r.编号 === id)['填写内容'];
  expect(form['姓名']).toBe('赵铁柱');
  expect(form['住址']).toBe('洮北区平安镇 平安村3组');
  expect(form['案件事实']).toBe('2025年3月起在工地打工，老板一直拖欠工资。\n共欠8个月，合计3万2千元。');
});

test('a service point is named without invisible characters', async () => {
  const saved = await w.county.call('admin', {
    action: 'saveServicePoint',
    kind: 'mediationRoom',
    regionCode: w.at.post.townshipCode,
    name: `平安镇${RLO}人民调解室`,
    address: `平安镇政府${ZWSP}一楼`,
    phone: '0436-1234567',
    lat: null,
    lng: null,
    channels: [],
  });
  expect(saved.status).toBe(200);
  expect(saved.json.data).toMatchObject({ name: '平安镇人民调解室', address: '平安镇政府一楼' });
});
