/**
 * resident.applyAid over the local runtime stores the decision date as 民法典 第二百零一、二百零三条 count it: the 7th day
 * after receipt, moved past rest days and holidays of the State Council's notice, ending at 24:00 CST; the applicant's
 * request reads that date back.
 */
import { randomUUID } from 'node:crypto';
import { formatDeadlineDay } from '../../types/aidDeadline';
import type { Post } from '../../types/domain';
import { idCheckChar } from '../../types/idcard';
import { Client, startHarness, type Harness } from '../support/local-harness';

const ID17 = '22080219900101123';

let h: Harness;
let post: Post;
beforeAll(async () => {
  h = await startHarness();
  post = (await h.store.posts.page(null, 1, 'active'))[0];
});
afterAll(() => h.close());

const aid = () => ({
  action: 'applyAid',
  postId: post.id,
  clientId: randomUUID(),
  matter: 'labourRemuneration',
  exemption: 'migrantWages',
  name: '赵铁柱',
  idNumber: ID17 + idCheckChar(ID17),
  phone: '13912345678',
  address: '白城市洮北区新华街道幸福社区3号楼',
  stage: 'notStarted',
  facts: '2026年在工地干活八个月，包工头拖欠工资两万元，多次讨要未果，没有签劳动合同。',
  pledge: true,
});

test.each([
  // received (CST)        ends at 24:00 of      shown as
  ['2026-09-24T09:00:00', '2026-10-08', '2026年10月8日（星期四）'], // the 7th day, 10-01, opens the National Day holiday
  ['2026-02-13T17:30:00', '2026-02-24', '2026年2月24日（星期二）'], // the 7th day, 02-20, is in the Spring Festival
  ['2026-10-03T10:00:00', '2026-10-10', '2026年10月10日（星期六）'], // the 7th day is a Saturday made a working day
  ['2026-12-26T10:00:00', '2027-01-04', '2027年1月4日（星期一）'], // a Saturday in a year without a notice: Monday
])('received %s: due at the end of %s, read back as %s', async (received, lastDay, text) => {
  h.clock.now = Date.parse(`${received}+08:00`);
  const c = new Client(h.url);
  const res = await c.call('resident', aid());
  const endsAt = Date.parse(`${lastDay}T00:00:00+08:00`) + 24 * 3600 * 1000;
  expect(res.json).toMatchObject({ ok: true, data: { created: true, dueAt: endsAt } });
  const mine = await c.call('resident', { action: 'requestDetail', id: res.json.data.id });
  expect(mine.json.data.dueAt).toBe(endsAt);
  expect(formatDeadlineDay(mine.json.data.dueAt)).toBe(text);
});
