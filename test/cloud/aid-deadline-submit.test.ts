/**
 * resident.applyAid over the local runtime stores the decision date as 民法典 第二百零一、二百零三条 count it: the 7th day
 * after receipt, moved past rest days and holidays of the State Council's notice, ending at 24:00 CST; the applicant's
 * request reads that date back.
 */
import { formatDeadlineDay } from '~/types/aidDeadline';
import { STEPS } from '../support/cloud-actions';
import { Client, startHarness, type Harness } from '../support/local-harness';

// The application every cloud round trip files (a migrant worker's unpaid wages), at the first active post.
const APPLY = STEPS.find((step) => step.action === 'applyAid');
let h: Harness;
beforeAll(async () => void (h = await startHarness()));
afterAll(() => h.close());

async function apply(c: Client) {
  const [post] = await h.store.posts.page(null, 1, 'active');
  const body = APPLY?.body({ postId: post.id, villageCode: post.villageCode });
  return c.call('resident', { action: 'applyAid', ...body });
}

test.each([
  // received (CST)        ends at 24:00 of      shown as
  ['2026-09-24T09:00:00', '2026-10-08', '2026年10月8日（星期四）'], // the 7th day, 10-01, opens the National Day holiday
  ['2026-02-13T17:30:00', '2026-02-24', '2026年2月24日（星期二）'], // the 7th day, 02-20, is in the Spring Festival
  ['2026-10-03T10:00:00', '2026-10-10', '2026年10月10日（星期六）'], // the 7th day is a Saturday made a working day
  ['2026-12-26T10:00:00', '2027-01-04', '2027年1月4日（星期一）'], // a Saturday in a year without a notice: Monday
])('received %s: due at the end of %s, read back as %s', async (received, lastDay, text) => {
  h.clock.now = Date.parse(`${received}+08:00`);
  const c = new Client(h.url);
  const res = await apply(c);
  const endsAt = Date.parse(`${lastDay}T00:00:00+08:00`) + 24 * 3600 * 1000;
  expect(res.json).toMatchObject({ ok: true, data: { created: true, dueAt: endsAt } });
  const mine = await c.call('resident', { action: 'requestDetail', id: res.json.data.id });
  expect(mine.json.data.dueAt).toBe(endsAt);
  expect(formatDeadlineDay(mine.json.data.dueAt)).toBe(text);
});
