/**
 * The request-handling flows end to end over the local runtime: a question answered, seen, notified and rated into the
 * volunteer's figures; a mediation case through its five steps to an agreement summary; a legal-aid application
 * reviewed, supplemented and approved with the resident seeing each decision; an audited reveal.
 */
import { Client as Browser } from '../support/local-harness';
import {
  HOUR,
  ID_NUMBER,
  PHONE,
  aidBody,
  cstDay,
  loginAs,
  mediationBody,
  questionBody,
  residentDetail,
  submit,
  workDetail,
} from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ volunteer: 'demo-volunteer' });

test('a question: the post volunteer answers, the resident sees it and a notice, rates it, the figures show it', async () => {
  const resident = new Browser(w.h.url);
  const id = await submit(resident, questionBody(w.at.post.id, { hideName: true }));
  const inbox = await w.volunteer.call('work', { action: 'inbox' });
  const item = inbox.json.data.items.find((i: { id: string }) => i.id === id);
  expect(item).toMatchObject({ status: 'pending', requester: '匿名群众', overdue: false, postName: w.at.post.name });
  expect(inbox.json.data.todoCount).toBeGreaterThanOrEqual(1);

  const d = await workDetail(w.volunteer, id);
  expect(d.actions).toEqual(['answer', 'askMore', 'handOver', 'close']);
  expect(d.fields).toContainEqual({ label: '回电电话', value: PHONE });
  expect(d.handOverTargets.map((t: { id: string }) => t.id)).toEqual([w.at.office.id, w.at.centre.id]);

  w.h.clock.now += 2 * HOUR;
  const text = '您好，被拖欠工资可以先收集证据，再向人社部门投诉或者申请劳动仲裁。';
  const answered = await w.volunteer.call('work', {
    action: 'answer',
    id,
    version: d.version,
    text,
    guideIds: ['wages-unpaid'],
  });
  expect(answered.json.data).toMatchObject({ status: 'answered', version: d.version + 1 });
  expect(answered.json.data.actions).toEqual(['answer', 'handOver', 'close']);

  const mine = await residentDetail(resident, id);
  expect(mine.status).toBe('answered');
  expect(mine.answers).toEqual([{ at: w.h.clock.now, by: '法律明白人 张明远', text, guideIds: ['wages-unpaid'] }]);
  expect(mine.canRate).toBe(true);
  expect(mine.fields).toContainEqual({ label: '回电电话', value: '139****5678' });
  const box = await resident.call('resident', { action: 'outbox' });
  expect(box.json.data.unread).toBe(1);
  expect(box.json.data.notices[0]).toMatchObject({ title: '您的咨询有了答复', requestId: id, target: 'resident' });
  expect((await resident.call('resident', { action: 'readOutbox' })).json.data.unread).toBe(0);

  const rated = await resident.call('resident', { action: 'rate', id, stars: 5, word: '很有帮助' });
  expect(rated.json).toEqual({ ok: true, data: { ok: true } });
  expect((await residentDetail(resident, id)).canRate).toBe(false);
  expect((await workDetail(w.volunteer, id)).rating).toEqual({ stars: 5, word: '很有帮助' });

  const figures = await w.volunteer.call('work', { action: 'workload' });
  expect(figures.json.data).toMatchObject({
    answeredThisMonth: 1,
    medianMinutes: 120,
    onTimeShare: 1,
    rating: 5,
    ratingCount: 1,
  });
});

test('the volunteer is told of a new question in their outbox', async () => {
  const before = (await w.volunteer.call('resident', { action: 'outbox' })).json.data.unread;
  await submit(new Browser(w.h.url), questionBody(w.at.post.id));
  const box = await w.volunteer.call('resident', { action: 'outbox' });
  expect(box.json.data.unread).toBe(before + 1);
  expect(box.json.data.notices[0]).toMatchObject({ title: '有新的群众诉求', target: 'work' });
});

test('a mediation case goes through its five steps and yields an agreement summary', async () => {
  const resident = new Browser(w.h.url);
  const id = await submit(resident, mediationBody(w.at.post.id));
  const rec = await w.h.store.requests.byId(id);
  // The staff of the post's township office mediates it: the case is placed with that office.
  await w.h.store.requests.update(id, rec!.version, { at: w.h.clock.now, assignee: w.at.office.id });
  const staff = new Browser(w.h.url);
  const admin = await loginAs(w.h, 'demo-admin');
  const invite = await admin.call('admin', {
    action: 'createInvite',
    role: 'staff',
    regionCode: w.at.post.countyCode,
    name: '刘司法',
    serviceId: w.at.office.id,
  });
  expect((await staff.call('work', { action: 'acceptInvite', code: invite.json.data.code })).json.ok).toBe(true);

  const steps: [string, string, string?][] = [
    ['accepted', '受理调解申请，双方同意调解', 'police'],
    ['investigating', '到现场查看排水沟走向，询问双方'],
    ['mediating', '组织双方面对面调解'],
    ['agreed', '王某于十日内改修排水沟，李春花不再追究损失'],
    ['revisited', '回访：排水沟已改修，双方满意'],
  ];
  let d = await workDetail(staff, id);
  expect(d.nextSteps).toEqual(['accepted']);
  for (const [to, note, source] of steps) {
    w.h.clock.now += 20 * HOUR;
    const res = await staff.call('work', {
      action: 'advance',
      id,
      version: d.version,
      to,
      on: cstDay(w.h.clock.now),
      note,
      ...(source ? { source } : {}),
    });
    expect(res.json).toMatchObject({ ok: true, data: { status: to } });
    d = res.json.data;
    const mine = await residentDetail(resident, id);
    expect(mine.status).toBe(to);
  }
  expect(d.source).toBe('police');
  expect(d.actions).toEqual([]);
  expect(d.agreementSummary).toContain('人民调解协议摘要');
  expect(d.agreementSummary).toContain('申请人：李春花');
  expect(d.agreementSummary).toContain('对方当事人：邻居王某');
  expect(d.agreementSummary).toContain('纠纷类型：邻里纠纷（警调）');
  expect(d.agreementSummary).toContain('王某于十日内改修排水沟');
  expect(d.agreementSummary).toContain('到现场查看排水沟走向');
  // Signed by both parties and the mediator, sealed by the committee (人民调解法 第二十九条); confirmation in 30 days.
  expect(d.agreementSummary).toContain('申请人（签名或按指印）：');
  expect(d.agreementSummary).toContain('对方当事人（签名或按指印）：');
  expect(d.agreementSummary).toContain('人民调解委员会（盖章）');
  expect(d.agreementSummary).toContain('三十日内，共同向人民法院申请司法确认（人民调解法第三十三条）');
  // Deterministic: asking again gives the same text.
  expect((await workDetail(staff, id)).agreementSummary).toBe(d.agreementSummary);
  const box = await resident.call('resident', { action: 'outbox' });
  expect(box.json.data.notices.filter((n: { title: string }) => n.title === '您的调解申请有了新进展')).toHaveLength(5);
});

test('a legal-aid application: review, ask for more, supplement, approve; the resident sees every decision', async () => {
  const resident = new Browser(w.h.url);
  const id = await submit(resident, aidBody(w.at.post.id));
  const aidStaff = await loginAs(w.h, 'demo-aid-staff');
  const me = (await w.h.store.users.byOpenid('demo-aid-staff'))!;
  expect(me.serviceId).toBe(w.at.centre.id); // the seed puts the demo aid staff at the first county's centre

  let d = await workDetail(aidStaff, id);
  expect(d.actions).toEqual(['startReview', 'approve', 'decline', 'askMore', 'reveal']);
  expect(d.fields).toContainEqual({ label: '联系电话', value: '139****5678' });
  const step = async (action: string, extra: Record<string, unknown>) => {
    w.h.clock.now += HOUR;
    const res = await aidStaff.call('work', { action, id, version: d.version, ...extra });
    expect(res.json).toMatchObject({ ok: true });
    d = res.json.data;
  };
  // 开始审查 needs no opinion: the resident is told the review has begun.
  await step('decide', { decision: 'startReview' });
  expect(d.timeline.at(-1)).toMatchObject({ status: 'reviewing', note: '开始审查' });
  expect((await residentDetail(resident, id)).status).toBe('reviewing');
  await step('askMore', { text: '请补充劳务合同或工资欠条的照片' });
  let mine = await residentDetail(resident, id);
  // The page says 办理人员请您补充：, so the worker's own 请补充 is not said twice.
  expect(mine).toMatchObject({ status: 'needMore', canSupplement: true, askedFor: '劳务合同或工资欠条的照片' });
  expect(mine.timeline.at(-1).note).toBe('请补充：劳务合同或工资欠条的照片');

  const sup = await resident.call('resident', { action: 'supplement', id, text: '没有书面合同，有工友可以作证' });
  expect(sup.json).toEqual({ ok: true, data: { status: 'reviewing' } });
  d = await workDetail(aidStaff, id);
  expect(d.fields).toContainEqual({ label: '补充说明', value: '没有书面合同，有工友可以作证' });
  await step('decide', { decision: 'approve', reason: '符合法律援助条件，指派律师办理' });
  mine = await residentDetail(resident, id);
  expect(mine.status).toBe('approved');
  expect(mine.timeline.map((t: { status: string }) => t.status)).toEqual([
    'submitted',
    'reviewing',
    'needMore',
    'reviewing',
    'approved',
  ]);
  expect(mine.timeline[4].note).toContain('符合法律援助条件');
  const titles = (await resident.call('resident', { action: 'outbox' })).json.data.notices.map(
    (n: { title: string }) => n.title,
  );
  expect(titles).toEqual(['您的法律援助申请已获准', '办理人员请您补充情况', '您的法律援助申请正在审查']);
  expect(d.actions).toEqual(['reveal']);
});

test('reveal shows the full numbers to the assigned staff only, writes the audit log; the owner stays masked', async () => {
  const resident = new Browser(w.h.url);
  const id = await submit(resident, aidBody(w.at.post.id));
  const aidStaff = await loginAs(w.h, 'demo-aid-staff');
  const idNo = await aidStaff.call('work', { action: 'reveal', id, field: 'idNumber' });
  expect(idNo.json).toEqual({ ok: true, data: { value: ID_NUMBER } });
  const phone = await aidStaff.call('work', { action: 'reveal', id, field: 'phone' });
  expect(phone.json).toEqual({ ok: true, data: { value: PHONE } });
  const audit = await w.h.store.audit.forRequest(id, 10);
  expect(audit.map((a) => [a.actor, a.action])).toEqual([
    ['demo-aid-staff', 'reveal.idNumber'],
    ['demo-aid-staff', 'reveal.phone'],
  ]);
  expect((await residentDetail(resident, id)).fields).toContainEqual({
    label: '身份证号',
    value: `${ID_NUMBER.slice(0, 6)}********${ID_NUMBER.slice(-4)}`,
  });
  const staff = await loginAs(w.h, 'demo-staff');
  expect((await staff.call('work', { action: 'reveal', id, field: 'idNumber' })).json.error.code).toBe(
    'REQUEST_NOT_FOUND',
  );
  expect(await w.h.store.audit.forRequest(id, 10)).toHaveLength(2);
});

test('the inbox: todo most urgent first with overdue marked, done most recent first, the badge counts todo', async () => {
  const first = await submit(new Browser(w.h.url), questionBody(w.at.post.id));
  w.h.clock.now += HOUR;
  const second = await submit(new Browser(w.h.url), questionBody(w.at.post.id));
  w.h.clock.now += 23 * HOUR + 60_000; // the first is overdue, the second not yet
  const todo = (await w.volunteer.call('work', { action: 'inbox', box: 'todo', kind: 'question' })).json.data;
  const ids = todo.items.map((i: { id: string }) => i.id);
  expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
  const dues = todo.items.map((i: { dueAt: number }) => i.dueAt);
  expect(dues).toEqual([...dues].sort((a, b) => a - b));
  expect(todo.items.find((i: { id: string }) => i.id === first).overdue).toBe(true);
  expect(todo.items.find((i: { id: string }) => i.id === second).overdue).toBe(false);
  expect(todo.todoCount).toBe(todo.items.length);
  const figures = (await w.volunteer.call('work', { action: 'workload' })).json.data;
  expect(figures.waiting).toBe(todo.todoCount);
  expect(figures.overdue).toBe(todo.items.filter((i: { overdue: boolean }) => i.overdue).length);

  const v = (await workDetail(w.volunteer, second)).version;
  await w.volunteer.call('work', { action: 'answer', id: second, version: v, text: '您好，可以申请劳动仲裁。' });
  const done = (await w.volunteer.call('work', { action: 'inbox', box: 'done' })).json.data;
  expect(done.items[0]).toMatchObject({ id: second, status: 'answered', overdue: false });
  const updated = done.items.map((i: { updatedAt: number }) => i.updatedAt);
  expect(updated).toEqual([...updated].sort((a, b) => b - a));
  expect(done.todoCount).toBe(todo.todoCount - 1);
});

test("deleting one's data deletes one's notices too; the audit log stays", async () => {
  const resident = new Browser(w.h.url);
  const id = await submit(resident, aidBody(w.at.post.id));
  const aidStaff = await loginAs(w.h, 'demo-aid-staff');
  w.h.clock.now += 61_000;
  const d = await workDetail(aidStaff, id);
  await aidStaff.call('work', {
    action: 'decide',
    id,
    version: d.version,
    decision: 'startReview',
    reason: '开始审查材料',
  });
  await aidStaff.call('work', { action: 'reveal', id, field: 'phone' });
  expect((await resident.call('resident', { action: 'outbox' })).json.data.notices).toHaveLength(1);
  const del = await resident.call('resident', { action: 'deleteMyData', confirm: true });
  expect(del.json.data.deleted).toBe(1);
  expect((await resident.call('resident', { action: 'outbox' })).json.data).toEqual({ notices: [], unread: 0 });
  // The decision to start the review and the reveal both stay on record.
  expect((await w.h.store.audit.forRequest(id, 10)).map((e) => e.action)).toEqual(['aid.startReview', 'reveal.phone']);
});
