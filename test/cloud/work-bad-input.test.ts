/**
 * Bad input to the work actions and the resident's follow-ups: each refused with its code, status and a Chinese
 * message, and the request left exactly as it was (status, version, history, answers).
 */
import type { Client } from '../support/local-harness';
import { bindByInvite, loginAs, refused, state, freshQuestion } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ volunteer: 'demo-volunteer' });

const question = () => freshQuestion(w.h, w.at);

const ANSWER = '您好，可以先收集证据，再申请劳动仲裁。';

test('answering a closed question: REQUEST_CLOSED, nothing written', async () => {
  const q = await question();
  const closed = await w.volunteer.call('work', { action: 'close', id: q.id, version: q.version, note: '已电话答复' });
  expect(closed.json.data.status).toBe('closed');
  const before = await state(w.h, q.id);
  const body = { action: 'answer', id: q.id, version: before.version, text: ANSWER };
  await refused(w.volunteer, 'work', body, 409, 'REQUEST_CLOSED', /已办结/);
  expect(await state(w.h, q.id)).toEqual(before);
});

test('a hand-over to a missing office, or to a unit that takes no hand-overs: OFFICE_NOT_FOUND', async () => {
  const q = await question();
  const before = await state(w.h, q.id);
  const base = { action: 'handOver', id: q.id, version: q.version, reason: '需要司法所协助办理' };
  await refused(
    w.volunteer,
    'work',
    { ...base, toServiceId: 'svc-nowhere' },
    404,
    'OFFICE_NOT_FOUND',
    /没有找到要转交的单位/,
  );
  await refused(w.volunteer, 'work', { ...base, toServiceId: w.at.farRoom.id }, 404, 'OFFICE_NOT_FOUND', /转交/);
  expect(await state(w.h, q.id)).toEqual(before);
});

test('a hand-over keeps one assignee and the history; the volunteer no longer sees it, the office does', async () => {
  const q = await question();
  const res = await w.volunteer.call('work', {
    action: 'handOver',
    id: q.id,
    version: q.version,
    toServiceId: w.at.office.id,
    reason: '涉及劳动仲裁，需要司法所协助',
  });
  expect(res.json.data).toMatchObject({ status: 'pending', actions: [], handOverTargets: [] });
  const rec = (await w.h.store.requests.byId(q.id))!;
  expect(rec.assignee).toBe(w.at.office.id);
  expect(rec.timeline.map((t) => t.note)).toEqual([
    expect.stringMatching(/^已转交 /),
    `已转交 ${w.at.office.name}，原因：涉及劳动仲裁，需要司法所协助`,
  ]);
  expect((await w.volunteer.call('work', { action: 'detail', id: q.id })).json.error.code).toBe('REQUEST_NOT_FOUND');
  const box = await q.owner.call('resident', { action: 'outbox' });
  expect(box.json.data.notices[0].title).toBe('您的咨询已转交');
});

test('two volunteers answering at once with the same version: one answer stored, the other REQUEST_CHANGED', async () => {
  const admin = await loginAs(w.h, 'demo-admin');
  const second = await bindByInvite(w.h, admin, {
    role: 'volunteer',
    regionCode: w.at.post.countyCode,
    name: '李明白',
    postIds: [w.at.post.id],
  });
  const q = await question();
  const answer = (c: Client, text: string) => c.call('work', { action: 'answer', id: q.id, version: q.version, text });
  const results = await Promise.all([
    answer(w.volunteer, ANSWER),
    answer(second, '您好，建议先与老板协商，不行再仲裁。'),
  ]);
  const codes = results.map((r) => (r.json.ok ? 'ok' : r.json.error.code)).sort();
  expect(codes).toEqual(['REQUEST_CHANGED', 'ok']);
  const loser = results.find((r) => !r.json.ok)!;
  expect(loser.status).toBe(409);
  expect(loser.json.error.message).toMatch(/已被其他人处理/);
  const after = await state(w.h, q.id);
  expect(after).toMatchObject({ status: 'answered', version: q.version + 1, answers: 1, timeline: 2 });
});

test('a stale version is refused even without a race: REQUEST_CHANGED', async () => {
  const q = await question();
  await w.volunteer.call('work', { action: 'askMore', id: q.id, version: q.version, text: '请说明欠了多少钱' });
  const before = await state(w.h, q.id);
  const body = { action: 'answer', id: q.id, version: q.version, text: ANSWER };
  await refused(w.volunteer, 'work', body, 409, 'REQUEST_CHANGED', /刷新/);
  expect(await state(w.h, q.id)).toEqual(before);
});

test('an empty answer and a missing guide: INVALID_INPUT in Chinese, nothing written', async () => {
  const q = await question();
  const before = await state(w.h, q.id);
  const body = { action: 'answer', id: q.id, version: q.version };
  await refused(w.volunteer, 'work', { ...body, text: '   ' }, 400, 'INVALID_INPUT', /答复内容至少5个字/);
  await refused(
    w.volunteer,
    'work',
    { ...body, text: ANSWER, guideIds: ['no-such-guide'] },
    400,
    'INVALID_INPUT',
    /指南不存在/,
  );
  await refused(w.volunteer, 'work', { ...body, text: '你们这帮王八蛋到底管不管' }, 400, 'CONTENT_REJECTED', /不适宜/);
  expect(await state(w.h, q.id)).toEqual(before);
});

test('closing a question that waits for the resident, and asking twice: INVALID_TRANSITION', async () => {
  const q = await question();
  await w.volunteer.call('work', { action: 'askMore', id: q.id, version: q.version, text: '请说明欠了多少钱' });
  const before = await state(w.h, q.id);
  const v = before.version;
  await refused(
    w.volunteer,
    'work',
    { action: 'close', id: q.id, version: v, note: '办结' },
    409,
    'INVALID_TRANSITION',
    /当前状态/,
  );
  await refused(
    w.volunteer,
    'work',
    { action: 'askMore', id: q.id, version: v, text: '再补充' },
    409,
    'INVALID_TRANSITION',
    /当前状态/,
  );
  expect(await state(w.h, q.id)).toEqual(before);
});

test('rating twice: ALREADY_RATED; rating before an answer: INVALID_TRANSITION', async () => {
  const q = await question();
  await refused(q.owner, 'resident', { action: 'rate', id: q.id, stars: 5 }, 409, 'INVALID_TRANSITION', /还没有答复/);
  await w.volunteer.call('work', { action: 'answer', id: q.id, version: q.version, text: ANSWER });
  expect((await q.owner.call('resident', { action: 'rate', id: q.id, stars: 4, word: '及时' })).json.ok).toBe(true);
  const before = await state(w.h, q.id);
  await refused(q.owner, 'resident', { action: 'rate', id: q.id, stars: 1 }, 409, 'ALREADY_RATED', /已经评价过/);
  await refused(q.owner, 'resident', { action: 'rate', id: q.id, stars: 6 }, 400, 'INVALID_INPUT', /1到5星/);
  expect(await state(w.h, q.id)).toEqual(before);
  expect((await w.h.store.requests.byId(q.id))!.rating).toBe(4);
});

test('a supplement nobody asked for: INVALID_TRANSITION, nothing written', async () => {
  const q = await question();
  const before = await state(w.h, q.id);
  const body = { action: 'supplement', id: q.id, text: '欠了两万元' };
  await refused(q.owner, 'resident', body, 409, 'INVALID_TRANSITION', /没有要求补充/);
  expect(await state(w.h, q.id)).toEqual(before);
});

test('a supplement when asked puts the question back with a fresh promise and tells the volunteer', async () => {
  const q = await question();
  await w.volunteer.call('work', { action: 'askMore', id: q.id, version: q.version, text: '请说明欠了多少钱' });
  const mine = (await q.owner.call('resident', { action: 'requestDetail', id: q.id })).json.data;
  expect(mine).toMatchObject({ canSupplement: true, askedFor: '请说明欠了多少钱', status: 'needMore' });
  w.h.clock.now += 3 * 3600 * 1000;
  const res = await q.owner.call('resident', { action: 'supplement', id: q.id, text: '欠了两万元' });
  expect(res.json).toEqual({ ok: true, data: { status: 'pending' } });
  const rec = (await w.h.store.requests.byId(q.id))!;
  expect(rec.dueAt).toBe(w.h.clock.now + 24 * 3600 * 1000);
  expect(rec.payload.supplements).toBe('欠了两万元');
  const box = (await w.volunteer.call('resident', { action: 'outbox' })).json.data;
  expect(box.notices[0]).toMatchObject({ title: '群众补充了情况', requestId: q.id, target: 'work' });
});

test('a profile photo that is not an upload id is refused, and the profile stays as it was', async () => {
  const before = (await w.volunteer.call('work', { action: 'profile' })).json.data;
  const body = { action: 'updateProfile', name: '张明远', phone: '13600001234', phonePublic: true, hours: '每天上午' };
  for (const photoFileId of ['https://evil.example/x.png', '../../etc/passwd', 'f123']) {
    await refused(w.volunteer, 'work', { ...body, photoFileId }, 400, 'INVALID_INPUT', /照片已失效，请重新上传/);
  }
  expect((await w.volunteer.call('work', { action: 'profile' })).json.data).toEqual(before);
});

test('a volunteer profile without its phone or hours names the missing field', async () => {
  const base = { action: 'updateProfile', name: '张明远', phone: '13600001234', hours: '每天上午' };
  const { phone: _p, ...noPhone } = base;
  const { hours: _h, ...noHours } = base;
  const a = await w.volunteer.call('work', noPhone);
  const b = await w.volunteer.call('work', noHours);
  expect([a.status, a.json.error.field, b.status, b.json.error.field]).toEqual([400, 'phone', 400, 'hours']);
  expect([a.json.error.message, b.json.error.message]).toEqual([
    expect.stringMatching(/手机/),
    expect.stringMatching(/时间/),
  ]);
});
