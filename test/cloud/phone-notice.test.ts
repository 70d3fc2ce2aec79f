/**
 * The privacy notice says what is true of phone numbers: a callback phone (咨询) and a mediation applicant's phone
 * are shown in full to the volunteer or mediator who handles the request, without a reveal step, so the notice
 * says so; an aid applicant's numbers stay masked until the deciding office reveals them, and each reveal is in the
 * audit log, as the notice promises.
 */
import { STRINGS as PRIVACY } from '~/src/packages/privacy/pages/index/strings';
import { Client as Browser } from '../support/local-harness';
import { aidBody, loginAs, PHONE, questionBody, submit, workDetail } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness();

const whoSees = PRIVACY.sections.find((s) => s.heading === '谁能看到')!.body;

test('the notice says a callback phone is shown in full to the handler; the server does so, with no reveal step', async () => {
  expect(whoSees).toMatch(/回电电话和调解申请的联系电话，会完整显示给负责的人/);
  const resident = new Browser(w.h.url);
  const question = await submit(resident, questionBody(w.at.post.id));
  const volunteer = await loginAs(w.h, 'demo-volunteer');
  expect((await workDetail(volunteer, question)).fields).toContainEqual({ label: '回电电话', value: PHONE });
  // Seen without a reveal step, so nothing is logged, and the notice does not claim it is.
  expect(await w.h.store.audit.forRequest(question, 10)).toEqual([]);
});

test('the notice says aid numbers need 查看 and each view is recorded; the server masks them and logs each reveal', async () => {
  expect(whoSees).toMatch(/法律援助申请里的身份证号、电话和证明材料照片.*要另外点“查看”.*每次查看都会留下记录/);
  const resident = new Browser(w.h.url);
  const id = await submit(resident, aidBody(w.at.post.id));
  const staff = await loginAs(w.h, 'demo-aid-staff');
  expect((await workDetail(staff, id)).fields).toContainEqual({ label: '联系电话', value: '139****5678' });
  const shown = await staff.call('work', { action: 'reveal', id, field: 'phone' });
  expect(shown.json.data.value).toBe(PHONE);
  const log = await w.h.store.audit.forRequest(id, 10);
  expect(log.map((e) => e.action)).toEqual(['reveal.phone']);
});
