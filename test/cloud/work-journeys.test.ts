/**
 * Workers' journeys over the local runtime: 开始审查 needs no opinion while 准予 / 不予 still need a reason; a worker
 * who writes 请补充… has it said once; staff change their name alone while a volunteer's card keeps its phone
 * and hours; the invite confirmation names the role and where.
 */
import { Client as Browser } from '../support/local-harness';
import { aidBody, loginAs, questionBody, refused, residentDetail, submit, workDetail } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness();

test('开始审查 without an opinion: the resident is told the review began; 准予 without a reason is refused', async () => {
  const resident = new Browser(w.h.url);
  const id = await submit(resident, aidBody(w.at.post.id));
  const staff = await loginAs(w.h, 'demo-aid-staff');
  let d = await workDetail(staff, id);
  await refused(
    staff,
    'work',
    { action: 'decide', id, version: d.version, decision: 'approve' },
    400,
    'INVALID_INPUT',
    /请填写意见/,
  );
  expect((await workDetail(staff, id)).version).toBe(d.version);

  const started = await staff.call('work', { action: 'decide', id, version: d.version, decision: 'startReview' });
  expect(started.json).toMatchObject({ ok: true, data: { status: 'reviewing' } });
  d = started.json.data;
  expect(d.timeline.at(-1)).toMatchObject({ status: 'reviewing', note: '开始审查' });
  const box = await resident.call('resident', { action: 'outbox' });
  expect(box.json.data.notices[0]).toMatchObject({
    title: '您的法律援助申请正在审查',
    body: '法律援助机构已开始审查您的申请，审查结果会通知您',
  });
  // An opinion may still be given, and an empty-of-meaning one is refused.
  await refused(
    staff,
    'work',
    { action: 'decide', id, version: d.version, decision: 'approve', reason: '👍👍👍👍👍👍' },
    400,
    'INVALID_INPUT',
    /意见不能只有表情或符号/,
  );
});

test.each([
  ['请补充：工资欠条的照片', '工资欠条的照片'],
  ['请您补充一下工资欠条的照片', '工资欠条的照片'],
  ['麻烦补充，工资欠条的照片', '工资欠条的照片'],
  ['工资欠条的照片', '工资欠条的照片'],
])('asked %s, the resident reads 请补充 once', async (text, asked) => {
  const resident = new Browser(w.h.url);
  const id = await submit(resident, questionBody(w.at.post.id));
  const volunteer = await loginAs(w.h, 'demo-volunteer');
  const d = await workDetail(volunteer, id);
  const res = await volunteer.call('work', { action: 'askMore', id, version: d.version, text });
  expect(res.json.ok).toBe(true);
  const mine = await residentDetail(resident, id);
  expect(mine.askedFor).toBe(asked);
  expect(mine.timeline.at(-1).note).toBe(`请补充：${asked}`);
  expect(mine.timeline.at(-1).note).not.toMatch(/补充.*补充/);
});

test('staff change their name alone; a volunteer must still give the phone and hours residents see', async () => {
  const staff = await loginAs(w.h, 'demo-aid-staff');
  const saved = await staff.call('work', { action: 'updateProfile', name: '刘援助' });
  expect(saved.json).toMatchObject({ ok: true, data: { role: 'staff', name: '刘援助' } });
  const volunteer = await loginAs(w.h, 'demo-volunteer');
  await refused(volunteer, 'work', { action: 'updateProfile', name: '张明远' }, 400, 'INVALID_INPUT', /请填写手机号/);
});

test('the invite confirmation names the unit a staff member now serves', async () => {
  const admin = await loginAs(w.h, 'demo-admin');
  const made = await admin.call('admin', {
    action: 'createInvite',
    role: 'staff',
    regionCode: w.at.post.countyCode,
    name: '王援助',
    serviceId: w.at.centre.id,
  });
  expect(made.json.ok).toBe(true);
  const person = new Browser(w.h.url);
  const res = await person.call('work', { action: 'acceptInvite', code: made.json.data.code });
  expect(res.json).toEqual({ ok: true, data: { role: 'staff', label: '王援助', where: w.at.centre.name } });
});
