/**
 * A legal-aid application as the law has it, over the local runtime: the pledge is asked only of those who claim
 * hardship (法律援助法 第四十一条), the staff see the applicant's urgency (第四十四条) in the inbox, and a refusal tells the applicant that a written notice follows and where to
 * object (第四十三、四十九条).
 */
import { Client as Browser } from '../support/local-harness';
import { aidBody, residentDetail, submit, workDetail } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ aidStaff: 'demo-aid-staff' });

test('an urgent application is flagged in the inbox and the case; an ordinary one is not', async () => {
  const resident = new Browser(w.h.url);
  const urgent = await submit(resident, aidBody(w.at.post.id, { urgent: true }));
  const plain = await submit(resident, aidBody(w.at.post.id));
  const inbox = await w.aidStaff.call('work', { action: 'inbox', kind: 'aid' });
  const item = (id: string) => inbox.json.data.items.find((i: { id: string }) => i.id === id);
  expect(item(urgent)).toMatchObject({ urgent: true });
  expect(item(plain)).toMatchObject({ urgent: false });
  expect((await workDetail(w.aidStaff, urgent)).urgent).toBe(true);
});

test('an urgent application filed after an ordinary one comes first in the todo box (第四十四条)', async () => {
  const resident = new Browser(w.h.url);
  const plain = await submit(resident, aidBody(w.at.post.id));
  const urgent = await submit(resident, aidBody(w.at.post.id, { urgent: true }));
  const inbox = await w.aidStaff.call('work', { action: 'inbox', box: 'todo' });
  const ids = inbox.json.data.items.map((i: { id: string }) => i.id);
  expect(ids).toContain(plain);
  expect(ids.indexOf(urgent)).toBeLessThan(ids.indexOf(plain));
});

test('a refusal reaches the applicant with the written notice and the right to object', async () => {
  const resident = new Browser(w.h.url);
  const id = await submit(resident, aidBody(w.at.post.id));
  const d = await workDetail(w.aidStaff, id);
  const res = await w.aidStaff.call('work', {
    action: 'decide',
    id,
    version: d.version,
    decision: 'decline',
    reason: '所申请事项不属于法律援助范围',
  });
  expect(res.json).toMatchObject({ ok: true, data: { status: 'declined' } });
  const box = await resident.call('resident', { action: 'outbox' });
  const notice = box.json.data.notices.find((n: { requestId: string }) => n.requestId === id);
  expect(notice.title).toBe('您的法律援助申请未获准');
  expect(notice.body).toContain('所申请事项不属于法律援助范围');
  expect(notice.body).toContain('书面决定和理由将另行送达');
  expect(notice.body).toContain('可以向设立该法律援助机构的司法行政部门提出（法律援助法第四十九条）');
  // The request's page carries the decision and its reason, for the card above the history.
  const mine = await residentDetail(resident, id);
  expect(mine.decision).toEqual({ approved: false, reason: '所申请事项不属于法律援助范围' });
});

test('the pledge (第四十一条) is not asked of an exempt applicant; urgency (第四十四条) reaches the staff', async () => {
  const resident = new Browser(w.h.url);
  const id = await submit(resident, aidBody(w.at.post.id, { pledge: undefined, urgent: true }));
  const mine = await residentDetail(resident, id);
  expect(mine.fields).toContainEqual({
    label: '情况紧急（第四十四条）',
    value: '是，离时效或期限届满不足7天，或需立即申请保全、先予执行',
  });
  expect(mine.fields.map((f: { label: string }) => f.label)).not.toContain('诚信承诺');
  const row = await w.h.store.requests.byId(id);
  expect(row?.payload).toMatchObject({ urgent: true, pledge: false });
});

test('an applicant claiming hardship must pledge; the refusal names the field and writes nothing', async () => {
  const resident = new Browser(w.h.url);
  const body = aidBody(w.at.post.id, { exemption: 'none', householdSize: 3, monthlyIncome: 500, pledge: false });
  const res = await resident.call('resident', body);
  expect(res.status).toBe(400);
  expect(res.json.error).toMatchObject({ code: 'INVALID_INPUT', message: '请阅读并同意诚信承诺' });
  expect((await resident.call('resident', { action: 'myRequests' })).json.data.requests).toEqual([]);
});
