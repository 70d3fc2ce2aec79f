/**
 * 志愿者答复 as the bureau appraises its volunteers: the dashboard lists the 20 with most answers and says how many
 * there are; the export lists every one (it held only the screen's 20 before). Answers given by others than
 * volunteers (a 司法所 after a handover) are counted in the summary and said apart from the table.
 */
import Papa from 'papaparse';
import type { DashboardData, ExportData } from '~/types/api/dashboard';
import { workRequest } from './store-contract-work';
import { HOUR } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ county: 'demo-county-admin' });
const VOLUNTEERS = 25;

beforeAll(async () => {
  const now = w.h.clock.now;
  const { post } = w.at;
  const people = await w.h.store.volunteers.inRegion(post.countyCode, null, VOLUNTEERS);
  expect(people).toHaveLength(VOLUNTEERS);
  // Volunteer i answers i + 1 questions, an hour after each came in; one more question is answered by an office.
  let n = 0;
  const answered = (answeredBy: string) => {
    n += 1;
    const createdAt = now - 2 * 24 * HOUR - n * 60_000;
    return workRequest(900_000 + n, {
      postId: post.id,
      villageCode: post.villageCode,
      townshipCode: post.townshipCode,
      countyCode: post.countyCode,
      status: 'answered',
      createdAt,
      updatedAt: createdAt + HOUR,
      answeredBy,
      firstAnswerAt: createdAt + HOUR,
    });
  };
  for (const [i, v] of people.entries()) {
    for (let k = 0; k <= i; k += 1) await w.h.store.requests.create(answered(v.id), []);
  }
  await w.h.store.requests.create(answered('s-office'), []);
});

test('the dashboard lists 20 and says there are 25; the export lists all 25 with their answers', async () => {
  const dash = (await w.county.call('admin', { action: 'dashboard', period: { preset: '30d' } })).json
    .data as DashboardData;
  const byVolunteers = (VOLUNTEERS * (VOLUNTEERS + 1)) / 2;
  expect(dash.answers).toMatchObject({ answered: byVolunteers + 1, volunteerCount: VOLUNTEERS, byVolunteers });
  expect(dash.answers.volunteers).toHaveLength(20);

  const res = await w.county.call('admin', { action: 'export', table: 'volunteers', period: { preset: '30d' } });
  const data = res.json.data as ExportData;
  const [header, ...rows] = Papa.parse<string[]>(data.csv.slice(1), { skipEmptyLines: true }).data;
  expect(header[2]).toBe('答复数');
  expect(rows).toHaveLength(VOLUNTEERS);
  expect(rows.reduce((sum, r) => sum + Number(r[2]), 0)).toBe(byVolunteers);
  // Named, not listed by their ids.
  expect(rows.every((r) => r[1] !== r[0] && r[1] !== '')).toBe(true);
});
